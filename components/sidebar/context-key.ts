import type { ScreenContext } from '../../lib/sites/types';

/**
 * What decides who is on screen. Adapters re-read the page on every DOM
 * mutation and hand us a fresh object each time; only a change in this key
 * is worth a round trip to the background.
 */
export function contextKey(c: ScreenContext | null): string {
  if (!c) return '';
  const t = (s?: string) => (s ?? '').trim().toLowerCase();
  const people = (c.people ?? []).map((p) => `${t(p.email)}|${t(p.name)}`).sort();
  const cases = (c.cases ?? []).map((k) => `${t(k.caseNumber)}|${t(k.matterCode)}|${t(k.caseName)}`).sort();
  return JSON.stringify([c.site, c.threadId ?? '', people, cases]);
}
