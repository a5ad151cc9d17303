// Geometry for the mood sparkline: pure numbers, so the component only draws.

export interface SparkPoint {
  x: number;
  y: number;
  /** undefined: the interaction has no recorded mood (drawn on the neutral line, hollow). */
  mood?: number;
}

export interface SparkGeometry {
  width: number;
  height: number;
  /** y of the neutral (0) line. */
  zeroY: number;
  points: SparkPoint[];
  /** An SVG path through the points that have a mood, in order; '' when fewer than two. */
  path: string;
}

export interface SparkOptions {
  width?: number;
  height?: number;
  /** Inset so dots at +2 and −2 are not clipped. */
  pad?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Moods oldest first, each −2 … +2 or undefined; +2 is drawn at the top. */
export function sparkline(moods: readonly (number | undefined)[], o: SparkOptions = {}): SparkGeometry {
  const width = o.width ?? 100;
  const height = o.height ?? 24;
  const pad = o.pad ?? 3;
  const usableH = height - 2 * pad;
  const yOf = (m: number) => round(pad + ((2 - Math.max(-2, Math.min(2, m))) / 4) * usableH);
  const n = moods.length;
  const xOf = (i: number) => round(n === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const zeroY = yOf(0);
  const points = moods.map((m, i): SparkPoint => (m === undefined ? { x: xOf(i), y: zeroY } : { x: xOf(i), y: yOf(m), mood: m }));
  const rated = points.filter((p) => p.mood !== undefined);
  const path = rated.length < 2 ? '' : rated.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  return { width, height, zeroY, points, path };
}
