// Saves never lose edits. An editor keeps what it started from (`base`); when
// the stored record has moved on since (`theirs`), each field is merged three
// ways: changed only here → ours, changed only there → theirs, changed in both
// to different values → a conflict the user settles. Pure and zod-free: the
// sidebar page, the options page and their unit tests share it.

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface Merge<T> {
  /** Ours where only we changed a field, theirs where only they did; ours (for now) where both did. */
  merged: T;
  /** Fields both sides changed to different values. */
  conflicts: (keyof T)[];
}

export function threeWay<T extends object>(base: T, mine: T, theirs: T, keys: readonly (keyof T)[] = Object.keys(mine) as (keyof T)[]): Merge<T> {
  const merged = { ...mine };
  const conflicts: (keyof T)[] = [];
  for (const k of keys) {
    if (same(mine[k], base[k])) merged[k] = theirs[k];
    else if (!same(theirs[k], base[k]) && !same(theirs[k], mine[k])) conflicts.push(k);
  }
  return { merged, conflicts };
}

export type Choice = 'theirs' | 'mine' | 'both';

/** Both texts, ours first, for the user to edit into one. */
export const bothTexts = (mine: string, theirs: string) => (mine.trim() && theirs.trim() ? `${mine.trimEnd()}\n${theirs.trimStart()}` : mine.trim() ? mine : theirs);

/** Lists of records with ids (matters, goals): ours, then theirs that we do not have. */
export function bothLists<T extends { id: string }>(mine: readonly T[], theirs: readonly T[]): T[] {
  const ids = new Set(mine.map((x) => x.id));
  return [...mine, ...theirs.filter((x) => !ids.has(x.id))];
}

/** Thrown by an editor's change function when the stored record moved on under a field it edits. */
export class EditConflict<T = unknown> extends Error {
  constructor(
    /** The stored record as it is now. */
    readonly theirs: T,
    /** Its version (the record's updatedAt, or settings' version). */
    readonly version: number,
  ) {
    // i18n-ignore: for developers; every editor catches it and shows its own panel.
    super('Changed elsewhere while you were editing.');
    this.name = 'EditConflict';
  }
}
