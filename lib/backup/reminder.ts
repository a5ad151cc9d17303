import { formatRelative } from '../i18n/format';
import { t } from '../i18n/t';
import type { DataHealth } from '../messaging/protocol';

const DAY_MS = 86_400_000;

/** "today", "yesterday", "31 days ago", in the browser's language; a backup dated ahead of this clock is "today". */
const daysAgo = (lastBackupAt: number, now: number) => formatRelative(-Math.max(0, Math.floor((now - lastBackupAt) / DAY_MS)), 'day');

/** The nudge Options → Data and the popup's footer show once a backup is due (Settings backup.remindAfterDays), or null. */
export function backupReminder(h: Pick<DataHealth, 'backupDue' | 'lastBackupAt'>, now: number): string | null {
  if (!h.backupDue) return null;
  if (h.lastBackupAt === undefined) return t('popup_backup_none_due');
  return t('popup_backup_due', { when: daysAgo(h.lastBackupAt, now) });
}

/** The popup's footer: the nudge when a backup is due, else when the last one was made; null before any data or backup. */
export function backupFooter(h: Pick<DataHealth, 'backupDue' | 'lastBackupAt'>, now: number): { text: string; due: boolean } | null {
  const nudge = backupReminder(h, now);
  if (nudge) return { text: nudge, due: true };
  if (h.lastBackupAt === undefined) return null;
  return { text: t('popup_backup_last', { when: daysAgo(h.lastBackupAt, now) }), due: false };
}
