// The last ten moods as a small inline SVG. The picture is for sighted users;
// the same facts are in the SVG's <title> (its accessible name) and in the
// caption text, so nothing depends on seeing colour or shape.
import { useId } from 'preact/hooks';
import { sparkline } from '../../lib/mood/sparkline';
import { describeMoods, moodWord } from '../../lib/mood/trend';

export interface MoodSparklineProps {
  /** Oldest first, −2 … +2, undefined where no mood was recorded (see recentMoods). */
  moods: readonly (number | undefined)[];
  width?: number;
  height?: number;
  /** Show the description as visible text beside the line too (the brief does). */
  showText?: boolean;
}

export function MoodSparkline({ moods, width = 100, height = 24, showText = false }: MoodSparklineProps) {
  const id = useId();
  const g = sparkline(moods, { width, height });
  const text = describeMoods(moods);
  return (
    <span class="rp-spark">
      <svg
        role="img"
        aria-labelledby={id}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        class="rp-spark-svg"
      >
        <title id={id}>{text}</title>
        <line x1={0} x2={width} y1={g.zeroY} y2={g.zeroY} class="rp-spark-zero" stroke="currentColor" stroke-opacity={0.25} stroke-dasharray="2 2" />
        {g.path && <path d={g.path} fill="none" stroke="currentColor" stroke-width={1.5} class="rp-spark-line" />}
        {g.points.map((p, i) =>
          p.mood === undefined ? (
            <circle key={i} cx={p.x} cy={p.y} r={2} fill="none" stroke="currentColor" stroke-opacity={0.5} class="rp-spark-none" />
          ) : (
            <circle key={i} cx={p.x} cy={p.y} r={2.5} class={`rp-spark-dot rp-spark-${moodWord(p.mood)}`} fill="currentColor" />
          ),
        )}
      </svg>
      {showText && <span class="rp-spark-text">{text}</span>}
    </span>
  );
}
