// Counting a list of cadence states (the daily reminder's text). The lists
// themselves come from the clients' stats: lib/db/repos/cadence.ts.
import type { LosingTouchEntry } from '../messaging/protocol';

export function countByStatus(entries: readonly LosingTouchEntry[]): { overdue: number; due: number } {
  let overdue = 0;
  let due = 0;
  for (const e of entries) {
    if (e.cadence.status === 'overdue') overdue++;
    else if (e.cadence.status === 'due') due++;
  }
  return { overdue, due };
}
