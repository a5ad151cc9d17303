// The automatic backups' own record in `meta` (lib/background/auto-backup.ts
// writes it; Options → Data shows it). Machine state, not data: it is not in
// the backup file.
import type { Db } from '../open';

/** meta key of AutoBackupState. */
export const AUTO_BACKUP_KEY = 'autoBackup';

export interface AutoBackupState {
  lastAt?: number;
  /** Where the last one was saved, as the browser reports it. */
  lastFile?: string;
  /** The last attempt failed: when, and why. Cleared by the next success. */
  lastError?: { at: number; message: string };
  /** Ids of the downloads automatic backups made that may still be on disk. */
  downloads: number[];
}

export async function autoBackupState(db: Db): Promise<AutoBackupState> {
  const v = (await db.get('meta', AUTO_BACKUP_KEY)) as Partial<AutoBackupState> | undefined;
  return { ...v, downloads: Array.isArray(v?.downloads) ? v.downloads.filter((n) => typeof n === 'number') : [] };
}

export async function saveAutoBackupState(db: Db, state: AutoBackupState): Promise<void> {
  await db.put('meta', state, AUTO_BACKUP_KEY);
}
