import type { ScreenContext } from './types';

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

/**
 * What the page watcher reports on: who is on screen plus the thread's
 * messages, so a reply arriving in the open thread is noticed (awaiting-reply,
 * e-mail-in logging) without asking the background again about who is there.
 */
export function screenKey(c: ScreenContext | null): string {
  if (!c) return '';
  return contextKey(c) + JSON.stringify([c.view ?? '', (c.messages ?? []).map((m) => `${m.id}|${m.from ?? ''}|${m.at ?? ''}`)]);
}
