// Automatic backups against the real router and IndexedDB (fake-indexeddb),
// with an in-memory stand-in for browser.downloads that behaves as Chrome's
// does: ids, file names, a download that completes after it starts, search,
// removeFile and erase. Keeping the last N deletes only files the extension
// itself saved under "Rapport backups/".
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_ALARM,
  isDue,
  isOurBackupFile,
  runAutoBackup,
  scheduleAutoBackup,
  type AutoBackupDeps,
  type DownloadDelta,
  type DownloadRecord,
  type DownloadsApi,
  type FileUrls,
} from '../../../lib/background/auto-backup';
import type { Send } from '../../../lib/backup/remote';
import { validateBackup } from '../../../lib/backup/validate';
import { openRapportDb } from '../../../lib/db/open';
import { autoBackupState } from '../../../lib/db/repos/auto-backup';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { handlers } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 30, 9);
const EXT = 'our-extension-id';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** browser.downloads as Chrome behaves: the file is "on disk" in `disk`, keyed by path. */
function fakeDownloads(files: Map<string, string>) {
  const items: (DownloadRecord & { url: string })[] = [];
  const listeners = new Set<(d: DownloadDelta) => void>();
  const disk = new Map<string, string>();
  let nextId = 1;
  const api: DownloadsApi = {
    async download({ url, filename, conflictAction }) {
      let name = `/home/lawyer/Downloads/${filename}`;
      for (let k = 1; conflictAction === 'uniquify' && disk.has(name); k++) name = `/home/lawyer/Downloads/${filename.replace(/\.json$/, ` (${k}).json`)}`;
      const item = { id: nextId++, url, filename: name, startTime: new Date(T0 + nextId).toISOString(), state: 'in_progress', exists: true, byExtensionId: EXT };
      items.push(item);
      // Completes after the call returns, as a real download does.
      queueMicrotask(() => {
        disk.set(name, files.get(url) ?? '');
        item.state = 'complete';
        for (const l of listeners) l({ id: item.id, state: { current: 'complete' } });
      });
      return item.id;
    },
    async search(q) {
      return items.filter((i) => (q.id === undefined || i.id === q.id) && (q.filenameRegex === undefined || new RegExp(q.filenameRegex).test(i.filename))).map((i) => ({ ...i, exists: disk.has(i.filename) }));
    },
    async removeFile(id) {
      const item = items.find((i) => i.id === id);
      if (!item || !disk.delete(item.filename)) throw new Error('Download file already deleted');
    },
    async erase({ id }) {
      const k = items.findIndex((i) => i.id === id);
      if (k >= 0) items.splice(k, 1);
      return k >= 0 ? [id] : [];
    },
    onChanged: { addListener: (fn) => listeners.add(fn), removeListener: (fn) => listeners.delete(fn) },
  };
  /** A download the user made themselves, or another extension did. */
  const foreign = (filename: string, byExtensionId?: string) => {
    const item = { id: nextId++, url: 'https://example.com/x', filename, startTime: new Date(T0).toISOString(), state: 'complete', exists: true, ...(byExtensionId ? { byExtensionId } : {}) };
    items.push(item);
    disk.set(filename, 'theirs');
    return item.id;
  };
  return { api, disk, foreign };
}

/** Blob URLs as a page would make them: the text behind each URL, until released. */
function memoryFiles(files: Map<string, string>): FileUrls & { live: () => number } {
  let n = 0;
  return {
    async make(parts) {
      const url = `blob:rapport/${++n}`;
      files.set(url, parts.join(''));
      return { url, release: async () => void files.delete(url) };
    },
    live: () => files.size,
  };
}

async function setup() {
  const db = await openRapportDb('auto');
  const clock = { now: T0 };
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> => {
    const r = await route({ type, payload }, BACKGROUND, handlers, { db, now: () => clock.now });
    if (!r.ok) throw new Error(r.error.message);
    return r.data as ReplyMap[K];
  }) as Send;
  const files = new Map<string, string>();
  const downloads = fakeDownloads(files);
  const urls = memoryFiles(files);
  const deps = (): AutoBackupDeps => ({ db, now: clock.now, send, appVersion: '0.1.0', extensionId: EXT, downloads: downloads.api, files: urls });
  return { db, clock, send, downloads, urls, deps };
}

async function setAuto(send: Send, auto: 'off' | 'daily' | 'weekly', keep?: number) {
  const s = await send('getSettings', {});
  await send('updateSettings', { settings: { ...s, backup: { ...s.backup, auto, ...(keep ? { keep } : {}) } } });
}

const ourFiles = (disk: Map<string, string>) => [...disk.keys()].filter((k) => k.includes('/Rapport backups/')).sort();

describe('automatic backups', () => {
  it('off by default: the alarm does nothing; on, a due backup saves the same file as Back up now into Rapport backups/ and notes the last backup', async () => {
    const { send, downloads, urls, deps, db } = await setup();
    await send('createClient', { client: { name: 'Maria Alvarez', emails: ['maria@example.com'] } });
    expect(await runAutoBackup(deps())).toEqual({ ran: false, reason: 'off' });
    await setAuto(send, 'daily');
    const r = await runAutoBackup(deps());
    expect(r).toMatchObject({ ran: true, file: '/home/lawyer/Downloads/Rapport backups/rapport-backup-2026-11-30T09-00-00Z.json', removed: [] });
    const text = downloads.disk.get((r as { file: string }).file)!;
    const v = validateBackup(text);
    expect(v.ok && v.backup.clients.map((c) => c.name)).toEqual(['Maria Alvarez']);
    expect(urls.live()).toBe(0);
    expect((await send('dataHealth', {})).lastBackupAt).toBe(T0);
    expect((await send('dataHealth', {})).auto).toMatchObject({ every: 'daily', keep: 5, lastAt: T0, lastFile: (r as { file: string }).file });
    // Not due again within the day.
    expect(await runAutoBackup(deps())).toEqual({ ran: false, reason: 'not-due' });
    expect((await autoBackupState(db)).downloads).toHaveLength(1);
  });

  it('keeps the last N of its own files and never touches another download, a renamed file, or one the user already deleted', async () => {
    const { send, downloads, deps, clock, db } = await setup();
    await setAuto(send, 'daily', 3);
    const mine = downloads.foreign('/home/lawyer/Downloads/Rapport backups/rapport-backup-2020-01-01T00-00-00Z.json');
    const other = downloads.foreign('/home/lawyer/Downloads/Rapport backups/rapport-backup-2020-01-02T00-00-00Z.json', 'another-extension');
    const statement = downloads.foreign('/home/lawyer/Downloads/bank-statement.pdf');
    const made: string[] = [];
    for (let day = 0; day < 6; day++) {
      clock.now = T0 + day * DAY;
      const r = await runAutoBackup(deps());
      if (!r.ran) throw new Error('not run');
      made.push(r.file);
      if (day === 1) {
        // The user deletes one of Rapport's files by hand: it is simply forgotten.
        downloads.disk.delete(r.file);
      }
    }
    expect(ourFiles(downloads.disk)).toEqual(
      [...made.slice(3), '/home/lawyer/Downloads/Rapport backups/rapport-backup-2020-01-01T00-00-00Z.json', '/home/lawyer/Downloads/Rapport backups/rapport-backup-2020-01-02T00-00-00Z.json'].sort(),
    );
    expect(downloads.disk.get('/home/lawyer/Downloads/bank-statement.pdf')).toBe('theirs');
    expect((await downloads.api.search({ id: mine }))[0]?.exists).toBe(true);
    expect((await downloads.api.search({ id: other }))[0]?.exists).toBe(true);
    expect((await downloads.api.search({ id: statement }))[0]?.exists).toBe(true);
    expect((await autoBackupState(db)).downloads).toHaveLength(3);
  });

  it('a second backup in the same second gets Chrome’s " (1)" name and still counts as ours', async () => {
    const { send, downloads, deps } = await setup();
    await setAuto(send, 'daily', 1);
    const a = await runAutoBackup(deps(), { force: true });
    const b = await runAutoBackup(deps(), { force: true });
    expect(b).toMatchObject({ ran: true, file: '/home/lawyer/Downloads/Rapport backups/rapport-backup-2026-11-30T09-00-00Z (1).json' });
    expect(b.ran && b.removed).toEqual([a.ran && a.downloadId]);
    expect(ourFiles(downloads.disk)).toEqual([(b as { file: string }).file]);
    expect(isOurBackupFile('C:\\Users\\lawyer\\Downloads\\Rapport backups\\rapport-backup-2026-11-30T09-00-00Z.json')).toBe(true);
    expect(isOurBackupFile('/home/lawyer/Downloads/rapport-backup-2026-11-30T09-00-00Z.json')).toBe(false);
    expect(isOurBackupFile('/home/lawyer/Downloads/Rapport backups/my-notes.json')).toBe(false);
  });

  it('a failed download is recorded for Options → Data and the last backup is not moved', async () => {
    const { send, deps, db } = await setup();
    await setAuto(send, 'weekly');
    const broken = { ...deps(), downloads: { ...deps().downloads, download: async () => Promise.reject(new Error('Invalid filename')) } };
    await expect(runAutoBackup(broken)).rejects.toThrow('Invalid filename');
    expect((await autoBackupState(db)).lastError).toEqual({ at: T0, message: 'Invalid filename' });
    expect((await send('dataHealth', {})).lastBackupAt).toBeUndefined();
  });

  it('is due daily or weekly with an hour of slack for the alarm’s drift, and the alarm exists only while on', async () => {
    const daily = { backup: { auto: 'daily' as const } };
    expect(isDue(daily, {}, T0)).toBe(true);
    expect(isDue(daily, { lastAt: T0 }, T0 + 22 * HOUR)).toBe(false);
    expect(isDue(daily, { lastAt: T0 }, T0 + 23 * HOUR)).toBe(true);
    expect(isDue({ backup: { auto: 'weekly' } }, { lastAt: T0 }, T0 + 6 * DAY)).toBe(false);
    expect(isDue(DEFAULT_SETTINGS, {}, T0)).toBe(false);
    const alarms = new Map<string, unknown>();
    const api = {
      create: async (name: string, info: unknown) => void alarms.set(name, info),
      clear: async (name: string) => alarms.delete(name),
      get: async (name: string) => (alarms.has(name) ? { name } : undefined),
    };
    await scheduleAutoBackup(api, daily);
    expect(alarms.get(AUTO_BACKUP_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: 60 });
    await scheduleAutoBackup(api, { backup: { auto: 'off' } });
    expect(alarms.has(AUTO_BACKUP_ALARM)).toBe(false);
  });
});

