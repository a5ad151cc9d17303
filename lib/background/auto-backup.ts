// Automatic backups (Settings backup.auto: off / daily / weekly; backup.keep).
// An hourly alarm asks whether one is due, so a backup happens with no page
// open and catches up after the browser was closed. The worker writes the same
// file as "Back up now" (lib/backup/remote.ts runBackup over its own router)
// and saves it with downloads.download into "Rapport backups/" in the user's
// downloads folder, then deletes its own older backup files beyond the number
// kept.
//
// The file needs a URL the download can fetch. Firefox's background page has
// Blob URLs. Chrome's MV3 worker has no URL.createObjectURL, so an offscreen
// document (reason BLOBS) holds the file's Blob while it downloads. A data:
// URL would need no offscreen document, but Chrome's downloads of data: URLs
// fail beyond a few megabytes (measured: see docs/backup-format.md), and
// 10,000 clients with 200,000 interactions make a file of about 40 MB.
//
// Deleting old files: only downloads this extension made (their ids are kept
// in `meta`, and Chrome says byExtensionId) whose file name is one of ours in
// "Rapport backups/" — never any other download, nor a file the user renamed.
import { browser } from 'wxt/browser';
import type { Send } from '../backup/remote';
import { runBackup } from '../backup/remote';
import { backupFileName } from '../backup/writer';
import * as data from '../db/repos/data';
import { getSettings } from '../db/repos/settings';
import type { Db } from '../db/open';
import { autoBackupEvery, autoBackupKeep, type Settings } from '../model/settings';
import { OFFSCREEN_TARGET } from './auto-backup-target';
import { autoBackupState, saveAutoBackupState as saveState, type AutoBackupState } from '../db/repos/auto-backup';
import { t } from '../i18n/t';

export const AUTO_BACKUP_ALARM = 'rapport-auto-backup';
export const BACKUP_FOLDER = 'Rapport backups'; // i18n-ignore: the folder's name on disk, which finding our old backups relies on
const HOUR = 3_600_000;
const PERIOD = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR } as const;
/** The hourly alarm drifts: a backup a little under a period after the last is still due. */
const SLACK = HOUR;

/** What of a DownloadItem this module reads (Chrome and Firefox share these). */
export interface DownloadRecord {
  id: number;
  filename: string;
  startTime: string;
  state?: string;
  exists?: boolean;
  byExtensionId?: string;
  error?: string;
}

export interface DownloadDelta {
  id: number;
  state?: { current?: string };
  error?: { current?: string };
}

/** The part of browser.downloads used here; unit tests pass a fake. */
export interface DownloadsApi {
  download(options: { url: string; filename: string; saveAs?: boolean; conflictAction?: 'uniquify' }): Promise<number>;
  search(query: { id?: number; filenameRegex?: string }): Promise<DownloadRecord[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<number[]>;
  onChanged: { addListener(fn: (d: DownloadDelta) => void): void; removeListener(fn: (d: DownloadDelta) => void): void };
}

/** Turns the file's text pieces into a URL a download can fetch, and lets it go afterwards. */
export interface FileUrls {
  make(parts: string[], type: string): Promise<{ url: string; release(): Promise<void> }>;
}

export interface AutoBackupDeps {
  db: Db;
  now: number;
  /** The background's own router (lib/messaging/router.ts), as the options page's messaging. */
  send: Send;
  appVersion: string;
  extensionId: string;
  downloads: DownloadsApi;
  files: FileUrls;
}

/** Whether a backup is due at `now` under these settings. */
export function isDue(settings: Pick<Settings, 'backup'>, state: Pick<AutoBackupState, 'lastAt'>, now: number): boolean {
  const every = autoBackupEvery(settings);
  if (every === 'off') return false;
  return state.lastAt === undefined || now - state.lastAt >= PERIOD[every] - SLACK;
}

/** `Rapport backups/rapport-backup-<date>.json`, or with Chrome's " (1)" when a name was taken; either path separator. */
const OUR_FILE = new RegExp(`(?:^|[\\\\/])${BACKUP_FOLDER}[\\\\/]rapport-backup-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ(?: \\(\\d+\\))?\\.json$`);
export const isOurBackupFile = (filename: string) => OUR_FILE.test(filename);

/** Waits until download `id` completes; throws with the browser's reason when it is interrupted. */
function finished(downloads: DownloadsApi, id: number): Promise<DownloadRecord> {
  return new Promise((resolve, reject) => {
    const check = async () => {
      const [item] = await downloads.search({ id });
      if (item?.state === 'complete') done(() => resolve(item));
      else if (item?.state === 'interrupted') done(() => reject(new Error(item.error ? t('errors_download_interrupted', { reason: item.error }) : t('errors_download_interrupted_no_reason'))));
    };
    const listener = (d: DownloadDelta) => {
      if (d.id === id && d.state?.current) void check().catch((e) => done(() => reject(e)));
    };
    let over = false;
    const done = (then: () => void) => {
      if (over) return;
      over = true;
      downloads.onChanged.removeListener(listener);
      then();
    };
    downloads.onChanged.addListener(listener);
    // It may have finished before the listener was added.
    void check().catch((e) => done(() => reject(e)));
  });
}

/**
 * Deletes the files of automatic backups beyond the newest `keep`: only
 * downloads recorded in `state.downloads`, made by this extension, whose file
 * is one of ours. Returns the ids deleted and the ids still kept.
 */
export async function pruneBackups(downloads: DownloadsApi, extensionId: string, state: AutoBackupState, keep: number): Promise<{ removed: number[]; kept: number[] }> {
  const ours = new Set(state.downloads);
  const found = await downloads.search({ filenameRegex: 'rapport-backup-' });
  const mine = found
    .filter((d) => ours.has(d.id) && (d.byExtensionId === undefined || d.byExtensionId === extensionId) && isOurBackupFile(d.filename) && d.state === 'complete' && d.exists !== false)
    .sort((a, b) => (a.startTime < b.startTime ? 1 : a.startTime > b.startTime ? -1 : b.id - a.id));
  const removed: number[] = [];
  for (const d of mine.slice(keep)) {
    try {
      await downloads.removeFile(d.id);
    } catch {
      // Already gone from disk: forgetting it below is all that is left to do.
    }
    await downloads.erase({ id: d.id }).catch(() => []);
    removed.push(d.id);
  }
  const gone = new Set(removed);
  // Only what is still on disk stays on the list: a file the user deleted is nothing of ours to track.
  const kept = mine.filter((d) => !gone.has(d.id)).map((d) => d.id);
  return { removed, kept: state.downloads.filter((id) => kept.includes(id)) };
}

export type AutoBackupResult = { ran: false; reason: 'off' | 'not-due' } | { ran: true; file: string; downloadId: number; removed: number[] };

/**
 * Makes an automatic backup when one is due (or `force`), saves it, notes it
 * as the last backup, and prunes old files. A failure is recorded for Options
 * → Data to show, and rethrown.
 */
export async function runAutoBackup(deps: AutoBackupDeps, opts: { force?: boolean } = {}): Promise<AutoBackupResult> {
  const { db, now } = deps;
  const settings = await getSettings(db);
  const state = await autoBackupState(db);
  if (!opts.force) {
    if (autoBackupEvery(settings) === 'off') return { ran: false, reason: 'off' };
    if (!isDue(settings, state, now)) return { ran: false, reason: 'not-due' };
  }
  try {
    const { parts } = await runBackup(deps.send, { appVersion: deps.appVersion, now });
    const file = await deps.files.make(parts, 'application/json');
    let item: DownloadRecord;
    let downloadId: number;
    try {
      downloadId = await deps.downloads.download({ url: file.url, filename: `${BACKUP_FOLDER}/${backupFileName(now)}`, saveAs: false, conflictAction: 'uniquify' });
      item = await finished(deps.downloads, downloadId);
    } finally {
      await file.release().catch(() => {});
    }
    await data.noteBackup(db, now);
    const next: AutoBackupState = { lastAt: now, lastFile: item.filename, downloads: [...state.downloads, downloadId] };
    const pruned = await pruneBackups(deps.downloads, deps.extensionId, next, autoBackupKeep(settings));
    await saveState(db, { ...next, downloads: pruned.kept });
    return { ran: true, file: item.filename, downloadId, removed: pruned.removed };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await saveState(db, { ...state, lastError: { at: now, message } }).catch(() => {});
    throw e;
  }
}

// ------------------------------------------------------------------ wiring

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** Chrome: the file's Blob lives in an offscreen document while it downloads (entrypoints/offscreen). */
export function offscreenFiles(): FileUrls {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  const ask = <T>(msg: Record<string, unknown>) => browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, ...msg }) as Promise<T>;
  return {
    async make(parts, type) {
      if (!offscreen) throw new Error(t('errors_no_offscreen'));
      if (!(await offscreen.hasDocument?.())) {
        await offscreen
          .createDocument({ url: browser.runtime.getURL('/offscreen.html'), reasons: ['BLOBS'], justification: 'Holds an automatic backup file while the browser downloads it.' }) // i18n-ignore: for the browser and store reviewers, not shown to users
          .catch((e: unknown) => {
            // Another backup opened it a moment ago.
            if (!/single offscreen/i.test(String(e))) throw e;
          });
      }
      const id = crypto.randomUUID();
      // A message is limited (64 MiB in Chrome): send the pieces in batches of about 8 MB.
      let batch: string[] = [];
      let size = 0;
      for (const p of parts) {
        batch.push(p);
        size += p.length;
        if (size >= 8_000_000) {
          await ask({ op: 'append', id, parts: batch });
          batch = [];
          size = 0;
        }
      }
      if (batch.length) await ask({ op: 'append', id, parts: batch });
      const { url } = await ask<{ url: string }>({ op: 'url', id, type });
      return {
        url,
        async release() {
          await ask({ op: 'release', id }).catch(() => {});
          await offscreen.closeDocument().catch(() => {});
        },
      };
    },
  };
}

/** Firefox (and any background with a DOM): a Blob URL of its own. */
export function blobFiles(): FileUrls {
  return {
    async make(parts, type) {
      const url = URL.createObjectURL(new Blob(parts, { type }));
      return { url, release: async () => URL.revokeObjectURL(url) };
    },
  };
}

interface AlarmsLike {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ name: string } | undefined>;
}

/** The hourly check exists exactly while automatic backups are on. */
export async function scheduleAutoBackup(alarms: AlarmsLike, settings: Pick<Settings, 'backup'>): Promise<void> {
  if (autoBackupEvery(settings) === 'off') {
    await alarms.clear(AUTO_BACKUP_ALARM);
    return;
  }
  if (!(await alarms.get(AUTO_BACKUP_ALARM))) await alarms.create(AUTO_BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
}

/**
 * Registers the alarm listener (synchronously, at start-up) and keeps the
 * alarm in step with the setting. `send` is the background's own router.
 */
export function wireAutoBackup(env: () => Promise<{ db: Db; now: () => number }>, send: Send) {
  const alarms = () => browser.alarms as unknown as AlarmsLike;
  const deps = async (): Promise<AutoBackupDeps> => {
    const { db, now } = await env();
    return {
      db,
      now: now(),
      send,
      appVersion: browser.runtime.getManifest().version,
      extensionId: browser.runtime.id,
      downloads: browser.downloads as unknown as DownloadsApi,
      files: typeof URL.createObjectURL === 'function' ? blobFiles() : offscreenFiles(),
    };
  };
  let running: Promise<AutoBackupResult> | null = null;
  // One at a time: an alarm during a forced run (or the reverse) waits for it instead of writing a second file.
  const run = (force = false) => (running ??= deps().then((d) => runAutoBackup(d, { force })).finally(() => (running = null)));
  const reschedule = async () => scheduleAutoBackup(alarms(), await getSettings((await env()).db));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== AUTO_BACKUP_ALARM) return;
    run().catch((e) => console.error('[rapport] automatic backup failed', e));
  });
  const check = () => reschedule().catch((e) => console.error('[rapport] could not schedule automatic backups', e));
  browser.runtime.onStartup.addListener(check);
  browser.runtime.onInstalled.addListener(check);

  return {
    /** After each routed message: a settings change may turn the alarm on or off. */
    afterMessage(type: string) {
      if (type === 'updateSettings') void check();
    },
    hooks: {
      /** The alarm's handler, as the alarm calls it (test build only). */
      autoBackupAlarm: () => run(),
      runAutoBackup: () => run(true),
      autoBackupAlarmSet: async () => !!(await alarms().get(AUTO_BACKUP_ALARM)),
    },
  };
}
