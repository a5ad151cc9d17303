import { clientSchema, type Client } from '../model/client';
import { interactionSchema, type Interaction } from '../model/interaction';
import { settingsSchema, type Settings } from '../model/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, backupPortalSchema, backupQuestionSchema, trashEntrySchema, type BackupPortal, type BackupQuestion, type TrashEntry } from './schema';
import { deadlineSchema, type Deadline } from '../model/deadline';
import { deadlineSettingsSchema, type DeadlineSettings } from '../model/deadline-settings';
import { zodIssues, formatIssue } from './issues';
import { t } from '../i18n/t';

// Streaming writer for the backup file. The background reads the database in
// pages (say 500 clients or 5,000 interactions) and hands each page here; each
// call returns the next piece of the file's text, which can go straight into a
// Blob part or a port message. No call ever holds more than one page, and the
// whole file is never one string unless the caller joins the pieces.
//
// Layout: the header members first, then one record per line inside each list,
// so a person can read the file and a line-oriented tool can diff two backups.
// Every record passes through the model's schema on the way out: a record the
// restore would refuse stops the backup here, with its path, instead of
// producing a file that cannot be restored. It also puts keys in the schema's
// order, which makes two backups of the same data byte-identical.

export interface BackupStart {
  /** Epoch ms; written as ISO 8601. */
  createdAt: number;
  appVersion: string;
  settings: Settings;
  portals: readonly BackupPortal[];
  deadlineSettings?: DeadlineSettings;
}

type Section = 'clients' | 'interactions' | 'trash' | 'deadlines' | 'questions';
const ORDER: Section[] = ['clients', 'interactions', 'trash', 'deadlines', 'questions'];

export class BackupWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupWriteError';
  }
}

export interface BackupWriter {
  /** The header, settings and portals, and the opening of the clients list. Call once, first. */
  start(head: BackupStart): string;
  clients(page: readonly Client[]): string;
  interactions(page: readonly Interaction[]): string;
  trash(page: readonly TrashEntry[]): string;
  deadlines(page: readonly Deadline[]): string;
  questions(page: readonly BackupQuestion[]): string;
  /** Closes the open lists and the document. */
  finish(): string;
  /** Records written so far, per section. */
  readonly counts: Readonly<Record<Section, number>>;
}

export function createBackupWriter(): BackupWriter {
  let started = false;
  let finished = false;
  let current = -1; // index into ORDER of the list that is open
  const counts: Record<Section, number> = { clients: 0, interactions: 0, trash: 0, deadlines: 0, questions: 0 };

  /** Closes lists up to `target` and opens it; returns the text that does that. */
  const moveTo = (target: Section): string => {
    if (!started) throw new BackupWriteError('start() must come first');
    if (finished) throw new BackupWriteError('the backup is already finished');
    const t = ORDER.indexOf(target);
    if (t < current) throw new BackupWriteError(`${target} must come before ${ORDER[current]}`);
    let out = '';
    while (current < t) {
      if (current >= 0) out += '\n],\n';
      current++;
      out += `${JSON.stringify(ORDER[current])}: [`;
    }
    return out;
  };

  function page<T>(section: Section, records: readonly T[], check: (r: T) => { success: true; data: unknown } | { success: false; error: import('zod').ZodError }): string {
    let out = moveTo(section);
    const parts: string[] = [];
    for (const r of records) {
      const path = `${section}[${counts[section]}]`;
      const v = check(r);
      if (!v.success) throw new BackupWriteError(t('errors_backup_record_invalid', { problems: zodIssues(path, v.error).map(formatIssue).join('; ') }));
      parts.push(JSON.stringify(v.data));
      counts[section]++;
    }
    if (parts.length) out += (counts[section] > parts.length ? ',\n' : '\n') + parts.join(',\n');
    return out;
  }

  return {
    counts,
    start(head) {
      if (started) throw new BackupWriteError('start() was already called');
      started = true;
      const settings = settingsSchema.safeParse(head.settings);
      if (!settings.success) throw new BackupWriteError(t('errors_backup_settings_invalid', { problems: zodIssues('settings', settings.error).map(formatIssue).join('; ') }));
      const portals = head.portals.map((p, i) => {
        const r = backupPortalSchema.safeParse(p);
        if (!r.success) throw new BackupWriteError(t('errors_backup_portal_invalid', { problems: zodIssues(`portals[${i}]`, r.error).map(formatIssue).join('; ') }));
        return r.data;
      });
      const header = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date(head.createdAt).toISOString(),
        app: { name: 'Rapport', version: head.appVersion },
      };
      const members = Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      members.push(`"settings": ${JSON.stringify(settings.data)}`);
      if (head.deadlineSettings !== undefined) {
        const d = deadlineSettingsSchema.safeParse(head.deadlineSettings);
        if (!d.success) throw new BackupWriteError(t('errors_backup_deadline_settings_invalid', { problems: zodIssues('deadlineSettings', d.error).map(formatIssue).join('; ') }));
        members.push(`"deadlineSettings": ${JSON.stringify(d.data)}`);
      }
      members.push(`"portals": [${portals.map((p) => `\n${JSON.stringify(p)}`).join(',')}${portals.length ? '\n' : ''}]`);
      return `{\n${members.join(',\n')},\n${moveTo('clients')}`;
    },
    clients: (p) => page('clients', p, (r) => clientSchema.safeParse(stripDerived(r))),
    interactions: (p) => page('interactions', p, (r) => interactionSchema.safeParse(r)),
    trash: (p) => page('trash', p, (r) => trashEntrySchema.safeParse({ ...r, client: stripDerived(r.client) })),
    deadlines: (p) => page('deadlines', p, (r) => deadlineSchema.safeParse(r)),
    questions: (p) => page('questions', p, (r) => backupQuestionSchema.safeParse(r)),
    finish() {
      const out = moveTo('questions');
      finished = true;
      return `${out}\n]\n}\n`;
    },
  };
}

/** Stored clients carry their identity `keys`; the schema would drop them anyway, this just says so. */
function stripDerived<T extends object>(c: T): T {
  if (!('keys' in c)) return c;
  const { keys: _keys, ...rest } = c as T & { keys: unknown };
  return rest as T;
}

/** `rapport-backup-2026-11-26T15-45-00Z.json`: sorts by date, no characters a file system refuses. */
export function backupFileName(createdAt: number): string {
  return `rapport-backup-${new Date(createdAt).toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;
}
