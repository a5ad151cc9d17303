// A titled block of a card. The heading level is the caller's: cards inside a
// page whose own headings are h2 use h3 (the default).
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Section({ title, level = 3, children }: { title: string; level?: 3 | 4; children: ComponentChildren }) {
  const id = useId();
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <section class="pp-section" aria-labelledby={id}>
      <H id={id} class="pp-section-title">
        {title}
      </H>
      {children}
    </section>
  );
}
