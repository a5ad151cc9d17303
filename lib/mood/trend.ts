// The mood trend: what the last ten interactions' moods say, and when to raise
// "Check in with <name>".
//
// Moods are the interaction's sentiment, −2 (frustrated) … +2 (pleased); below
// 0 is frustrated, 0 neutral, above 0 pleased (as the sidebar labels them).
// Interactions logged without a mood are skipped by the rule — they neither
// raise nor clear — but keep their place in the sparkline.
//
// The rule, applied to the rated interactions among the last ten, oldest
// first; after each one:
// - it RAISES the flag when it and the rated interaction before it are both
//   frustrated ("two in a row"), or when the last five rated moods, ending with
//   it, are FALLING;
// - otherwise a pleased or neutral one CLEARS the flag, and a frustrated one
//   leaves it as it was.
// So a neutral mood that still continues a falling trend keeps the flag up.
//
// FALLING, for five moods y0 … y4 (oldest first): the least-squares line
// through them drops by at least two points across the five — a slope of −0.5
// per interaction or steeper, i.e. (2·y4 + y3 − y1 − 2·y0) ≤ −5 — and the
// latest mood is below the five's average (a drop that has already recovered
// is not a fall). Fewer than five rated moods: no trend.

import { t, tn } from '../i18n/t';

export interface MoodPoint {
  at: number;
  sentiment?: number;
}

export const MOOD_WINDOW = 10;
export const TREND_SPAN = 5;

export type MoodWord = 'pleased' | 'neutral' | 'frustrated';

export function moodWord(s: number): MoodWord {
  return s > 0 ? 'pleased' : s < 0 ? 'frustrated' : 'neutral';
}

/** The last `n` interactions, oldest first. */
export function lastInteractions<T extends MoodPoint>(list: readonly T[], n = MOOD_WINDOW): T[] {
  return [...list].sort((a, b) => a.at - b.at).slice(-n);
}

/** Twice the sum (x − 2)·y over five points: ten times the least-squares slope, kept an integer. */
const tenSlope = (y: readonly number[]) => 2 * y[4]! + y[3]! - y[1]! - 2 * y[0]!;

export function isFalling(five: readonly number[]): boolean {
  if (five.length !== TREND_SPAN) return false;
  const mean = five.reduce((s, v) => s + v, 0) / TREND_SPAN;
  return tenSlope(five) <= -5 && five[4]! < mean;
}

export type CheckInReason = 'two-frustrated' | 'falling';

export interface CheckIn {
  raised: boolean;
  reason?: CheckInReason;
  /** When the interaction that raised it happened. */
  since?: number;
}

export function checkIn(interactions: readonly MoodPoint[]): CheckIn {
  const rated = lastInteractions(interactions).filter((i): i is MoodPoint & { sentiment: number } => i.sentiment !== undefined);
  let state: CheckIn = { raised: false };
  rated.forEach((cur, i) => {
    const prev = rated[i - 1];
    const five = i >= TREND_SPAN - 1 ? rated.slice(i - TREND_SPAN + 1, i + 1).map((r) => r.sentiment) : [];
    const reason: CheckInReason | undefined =
      cur.sentiment < 0 && prev !== undefined && prev.sentiment < 0 ? 'two-frustrated' : isFalling(five) ? 'falling' : undefined;
    if (reason) state = { raised: true, reason, since: cur.at };
    else if (cur.sentiment >= 0) state = { raised: false };
  });
  return state;
}

/** Why to check in, in the browser's language: follows "Check in with <name> —". */
export function checkInReason(reason: CheckInReason): string {
  return reason === 'falling' ? t('sidebar_check_in_falling') : t('sidebar_check_in_two_frustrated');
}

/** The same by reason; each is read from the catalogue when shown (a getter), not when this module loads. */
export const CHECK_IN_REASONS: Readonly<Record<CheckInReason, string>> = {
  get 'two-frustrated'() {
    return checkInReason('two-frustrated');
  },
  get falling() {
    return checkInReason('falling');
  },
};

/** A mood as the user reads it ("pleased"), lower case; `MoodWord` itself stays a data value (CSS classes). */
export function moodText(word: MoodWord): string {
  return word === 'pleased' ? t('sidebar_mood_pleased') : word === 'frustrated' ? t('sidebar_mood_frustrated') : t('sidebar_mood_neutral');
}

/** The moods of the last ten interactions, oldest first; undefined where none was recorded. */
export function recentMoods(interactions: readonly MoodPoint[]): (number | undefined)[] {
  return lastInteractions(interactions).map((i) => i.sentiment);
}

/** For screen readers and the brief: "pleased, neutral, not recorded, frustrated". */
export function describeMoods(moods: readonly (number | undefined)[]): string {
  if (!moods.length) return t('sidebar_mood_none');
  // A plain comma list (no "and"), the same in both languages; each word is translated.
  const words = moods.map((m) => (m === undefined ? t('sidebar_mood_not_recorded') : moodText(moodWord(m))));
  return tn('sidebar_mood_over_last', moods.length, { moods: words.join(', ') });
}
