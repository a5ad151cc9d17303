import type { DataHealth } from '../messaging/protocol';

const DAY_MS = 86_400_000;

/** The nudge Options → Data and the popup's footer show once a backup is due (Settings backup.remindAfterDays), or null. */
export function backupReminder(h: Pick<DataHealth, 'backupDue' | 'lastBackupAt'>, now: number): string | null {
  if (!h.backupDue) return null;
  if (h.lastBackupAt === undefined) return 'No backup yet: back up in Options → Data.';
  const days = Math.floor((now - h.lastBackupAt) / DAY_MS);
  return `Last backup ${days} ${days === 1 ? 'day' : 'days'} ago: back up in Options → Data.`;
}

/** The popup's footer: the nudge when a backup is due, else when the last one was made; null before any data or backup. */
export function backupFooter(h: Pick<DataHealth, 'backupDue' | 'lastBackupAt'>, now: number): { text: string; due: boolean } | null {
  const nudge = backupReminder(h, now);
  if (nudge) return { text: nudge, due: true };
  if (h.lastBackupAt === undefined) return null;
  const days = Math.floor((now - h.lastBackupAt) / DAY_MS);
  return { text: `Last backup ${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`}.`, due: false };
}
