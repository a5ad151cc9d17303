import { clientInputSchema, clientSchema, type Client, type ClientFields } from '../model/client';
import { interactionSchema, type Interaction } from '../model/interaction';
import type { Settings } from '../model/settings';
import { clientKeys } from '../identity/keys';
import type { IdentityKey } from '../identity/normalise';
import type { Backup, BackupPortal, BackupQuestion, TrashEntry } from './schema';
import type { Deadline } from '../model/deadline';
import type { DeadlineSettings } from '../model/deadline-settings';
import { canonicalJson, mergeClientFields, sameRecord } from './merge';
import { messageKey, type ExistingData } from './existing';
import { zodIssues, type PathIssue } from './issues';
import { t } from '../i18n/t';

// Restore, the pure half: from a validated backup and a view of the database,
// what will happen to every record, and the exact records to write. The
// database layer then writes `writes` in one all-or-nothing step; it decides
// nothing itself. Ids and timestamps come from the backup; a client that
// already exists (same id, or the same e-mail address or case number) is
// merged, never duplicated.

/** Which side wins where the backup and the database both hold a different value for a single field. */
export type Prefer = 'backup' | 'current';

export interface RestoreOptions {
  /** Default 'backup': restoring means bringing back what the backup says. */
  prefer?: Prefer;
  /** Replace the settings with the backup's. Default true. */
  restoreSettings?: boolean;
  /** Ids per lookup call; the IndexedDB view reads each batch in one transaction. */
  batchSize?: number;
}

export type ClientOutcomeKind = 'new' | 'unchanged' | 'merged' | 'conflict' | 'ambiguous' | 'from-trash';

export interface ClientOutcome {
  /** Where the client is in the backup: `clients[12]`. */
  path: string;
  backupId: string;
  name: string;
  outcome: ClientOutcomeKind;
  /** The id the client will have: the backup's, or the existing client's it merges into. */
  targetId: string;
  matchedBy?: 'id' | 'email' | 'case';
  /** The e-mail address or case number that matched. */
  matchedValue?: string;
  /** `conflict`: the fields where both had a different value; the `prefer` side's value is kept. */
  differences?: string[];
  /** `ambiguous`: the existing clients the backup's addresses or case numbers point at; the backup's client is added as it is, nothing is guessed. */
  candidates?: string[];
}

export interface InteractionNote {
  path: string;
  id: string;
  outcome: 'conflict' | 'duplicate';
  detail: string;
}

export interface RestoreCounts {
  clients: Record<ClientOutcomeKind, number>;
  interactions: { new: number; unchanged: number; conflict: number; duplicate: number };
  trash: { new: number; existing: number };
  portals: { new: number; existing: number };
  /** `skipped`: held by a trash entry the database already has (what it holds is kept). */
  deadlines: { new: number; unchanged: number; conflict: number; skipped: number };
  questions: { new: number; unchanged: number; conflict: number; skipped: number };
}

export interface RestoreWrites {
  /** Full records to put (new, merged, conflict-resolved). Unchanged clients are absent. */
  clients: Client[];
  interactions: Interaction[];
  trash: TrashEntry[];
  /** Client ids to take out of the trash: the backup brings them back as live clients. */
  untrash: string[];
  /** Present when the settings are to be replaced. */
  settings?: Settings;
  /** Present when the settings are to be replaced and the backup has deadline settings (version 2). */
  deadlineSettings?: DeadlineSettings;
  /** Deadlines and questions to put, under the client they will belong to. */
  deadlines: Deadline[];
  questions: BackupQuestion[];
  /** Portals not yet in the list. Each needs the user to grant its origin again. */
  portals: BackupPortal[];
}

export interface RestorePlan {
  createdAt: string;
  appVersion: string;
  prefer: Prefer;
  counts: RestoreCounts;
  clients: ClientOutcome[];
  /** Only the interactions worth a look: conflicts and duplicates. Counts cover the rest. */
  interactions: InteractionNote[];
  settingsChanged: boolean;
  writes: RestoreWrites;
}

export type RestorePlanResult = { ok: true; plan: RestorePlan } | { ok: false; errors: PathIssue[] };

const fieldsOf = (c: Client): ClientFields => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
};


async function inBatches<T, R>(items: readonly T[], size: number, fn: (batch: T[]) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(await fn(items.slice(i, i + size)));
  return out;
}

export async function planRestore(backup: Backup, db: ExistingData, options: RestoreOptions = {}): Promise<RestorePlanResult> {
  const prefer = options.prefer ?? 'backup';
  const size = options.batchSize ?? 1000;
  const errors: PathIssue[] = [];

  // --- clients -------------------------------------------------------------
  const ids = backup.clients.map((c) => c.id);
  const byId = new Map<string, Client>();
  for (const m of await inBatches(ids, size, (b) => db.clientsById(b))) for (const [k, v] of m) byId.set(k, v);
  const trashed = new Set<string>();
  for (const s of await inBatches(ids, size, (b) => db.trashedClientIds(b))) for (const id of s) trashed.add(id);

  // Identity keys only for clients that no id matched: e-mail first, then case numbers.
  const keysOf = new Map<string, { email: IdentityKey[]; case: IdentityKey[] }>();
  const wanted: IdentityKey[] = [];
  for (const c of backup.clients) {
    if (byId.has(c.id) || trashed.has(c.id)) continue;
    const keys = clientKeys(c);
    const k = { email: keys.filter((x) => x.startsWith('email:')), case: keys.filter((x) => x.startsWith('case:')) };
    keysOf.set(c.id, k);
    wanted.push(...k.email, ...k.case);
  }
  const holders = new Map<IdentityKey, string[]>();
  for (const m of await inBatches([...new Set(wanted)], size, (b) => db.clientIdsByKey(b))) for (const [k, v] of m) holders.set(k, v);
  const matchIds = new Set<string>();
  for (const v of holders.values()) for (const id of v) if (!byId.has(id)) matchIds.add(id);
  for (const m of await inBatches([...matchIds], size, (b) => db.clientsById(b))) for (const [k, v] of m) byId.set(k, v);

  const outcomes: ClientOutcome[] = [];
  const target = new Map<string, string>(); // backup client id → id it will have
  const pending = new Map<string, Client>(); // target id → record to write
  const counts: RestoreCounts = {
    clients: { new: 0, unchanged: 0, merged: 0, conflict: 0, ambiguous: 0, 'from-trash': 0 },
    interactions: { new: 0, unchanged: 0, conflict: 0, duplicate: 0 },
    trash: { new: 0, existing: 0 },
    portals: { new: 0, existing: 0 },
    deadlines: { new: 0, unchanged: 0, conflict: 0, skipped: 0 },
    questions: { new: 0, unchanged: 0, conflict: 0, skipped: 0 },
  };
  const untrash: string[] = [];

  const matchByKeys = (keys: IdentityKey[]): { ids: string[]; key?: IdentityKey } => {
    const found = new Set<string>();
    let first: IdentityKey | undefined;
    for (const k of keys) for (const id of holders.get(k) ?? []) {
      if (!found.has(id)) first ??= k;
      found.add(id);
    }
    return { ids: [...found], key: first };
  };

  backup.clients.forEach((c, i) => {
    const path = `clients[${i}]`;
    const base = { path, backupId: c.id, name: c.name };
    const add = (outcome: ClientOutcomeKind, record: Client, extra: Partial<ClientOutcome> = {}) => {
      outcomes.push({ ...base, outcome, targetId: record.id, ...extra });
      counts.clients[outcome]++;
      target.set(c.id, record.id);
    };
    if (trashed.has(c.id)) {
      add('from-trash', c);
      pending.set(c.id, c);
      untrash.push(c.id);
      return;
    }
    let existing = byId.get(c.id);
    let matchedBy: ClientOutcome['matchedBy'] = existing ? 'id' : undefined;
    let matchedValue: string | undefined;
    if (!existing) {
      const keys = keysOf.get(c.id)!;
      let m = matchByKeys(keys.email);
      matchedBy = 'email';
      if (!m.ids.length) {
        m = matchByKeys(keys.case);
        matchedBy = 'case';
      }
      if (m.ids.length > 1) {
        add('ambiguous', c, { candidates: m.ids });
        pending.set(c.id, c);
        return;
      }
      if (!m.ids.length) {
        add('new', c);
        pending.set(c.id, c);
        return;
      }
      existing = byId.get(m.ids[0]!);
      matchedValue = m.key?.slice(m.key.indexOf(':') + 1);
      if (!existing) {
        // The index named a client the store no longer has: treat as new rather than guess.
        add('new', c);
        pending.set(c.id, c);
        return;
      }
    }
    // Merge into what is already planned for that client, if an earlier backup client merged there too.
    const current = pending.get(existing.id) ?? existing;
    const currentFields = clientInputSchema.safeParse(fieldsOf(current));
    const cur = currentFields.success ? currentFields.data : fieldsOf(current);
    const mine = fieldsOf(c);
    const m = prefer === 'backup' ? mergeClientFields(mine, cur) : mergeClientFields(cur, mine);
    const record: Client = {
      ...m.merged,
      id: existing.id,
      createdAt: Math.min(existing.createdAt, c.createdAt),
      updatedAt: Math.max(existing.updatedAt, c.updatedAt),
    };
    const matched = { matchedBy, ...(matchedValue ? { matchedValue } : {}) };
    if (sameRecord(record, current)) {
      add('unchanged', record, matched);
      return;
    }
    const checked = clientSchema.safeParse(record);
    if (!checked.success) {
      errors.push(...zodIssues(path, checked.error).map((e) => ({ ...e, message: t('errors_backup_merged_with', { name: existing!.name, problem: e.message }) })));
      return;
    }
    pending.set(existing.id, checked.data);
    add(m.differences.length ? 'conflict' : 'merged', checked.data, { ...matched, ...(m.differences.length ? { differences: m.differences } : {}) });
  });

  // --- interactions ----------------------------------------------------------
  const notes: InteractionNote[] = [];
  const writes: Interaction[] = [];
  const iIds = backup.interactions.map((x) => x.id);
  const existingI = new Map<string, Interaction>();
  for (const m of await inBatches(iIds, size, (b) => db.interactionsById(b))) for (const [k, v] of m) existingI.set(k, v);
  const remapped = backup.interactions.map((x) => {
    const clientId = target.get(x.clientId) ?? x.clientId;
    return clientId === x.clientId ? x : { ...x, clientId };
  });
  const pairs: [string, string][] = [];
  for (const x of remapped) if (x.messageId !== undefined && !existingI.has(x.id)) pairs.push([x.clientId, x.messageId]);
  const logged = new Map<string, string>();
  for (const m of await inBatches(pairs, size, (b) => db.interactionIdsByMessage(b))) for (const [k, v] of m) logged.set(k, v);
  const seenPair = new Map<string, string>();

  remapped.forEach((x, i) => {
    const path = `interactions[${i}]`;
    const cur = existingI.get(x.id);
    if (cur) {
      if (sameRecord(cur, x)) {
        counts.interactions.unchanged++;
        return;
      }
      const win = prefer === 'backup' ? x : cur;
      // An acknowledged rejection stays acknowledged, whichever side wins.
      const ack = x.filing?.acknowledgedAt ?? cur.filing?.acknowledgedAt;
      const record = win.filing && ack !== undefined && win.filing.acknowledgedAt === undefined ? { ...win, filing: { ...win.filing, acknowledgedAt: ack } } : win;
      const checked = interactionSchema.safeParse(record);
      if (!checked.success) {
        errors.push(...zodIssues(path, checked.error));
        return;
      }
      counts.interactions.conflict++;
      notes.push({ path, id: x.id, outcome: 'conflict', detail: prefer === 'backup' ? t('errors_restore_differs_interaction_backup') : t('errors_restore_differs_interaction_current') });
      writes.push(checked.data);
      return;
    }
    if (x.messageId !== undefined) {
      const k = messageKey(x.clientId, x.messageId);
      const other = logged.get(k) ?? seenPair.get(k);
      if (other !== undefined) {
        counts.interactions.duplicate++;
        notes.push({ path, id: x.id, outcome: 'duplicate', detail: t('errors_restore_message_logged', { id: other }) });
        return;
      }
      seenPair.set(k, x.id);
    }
    counts.interactions.new++;
    writes.push(x);
  });

  // --- trash, portals, settings ---------------------------------------------
  const trashIds = backup.trash.map((t) => t.client.id);
  const liveTrash = new Set<string>();
  for (const m of await inBatches(trashIds, size, (b) => db.clientsById(b))) for (const k of m.keys()) liveTrash.add(k);
  for (const s of await inBatches(trashIds, size, (b) => db.trashedClientIds(b))) for (const k of s) liveTrash.add(k);
  const trashWrites: TrashEntry[] = [];
  for (const t of backup.trash) {
    if (liveTrash.has(t.client.id)) counts.trash.existing++;
    else {
      counts.trash.new++;
      trashWrites.push(t);
    }
  }
  // --- deadlines and questions: under the client each will belong to, by id --
  const skippedTrash = new Set(backup.trash.filter((t) => liveTrash.has(t.client.id)).map((t) => t.client.id));
  const byIdRecords = async <T extends { id: string; clientId: string }>(
    list: readonly T[],
    lookup: ((ids: readonly string[]) => Promise<Map<string, T>>) | undefined,
    counts: RestoreCounts['deadlines'],
    what: 'deadline' | 'question',
    key: string,
  ): Promise<T[]> => {
    const found = new Map<string, T>();
    if (lookup) for (const m of await inBatches(list.map((x) => x.id), size, (b) => lookup(b))) for (const [k, v] of m) found.set(k, v);
    const out: T[] = [];
    list.forEach((x, i) => {
      if (skippedTrash.has(x.clientId)) {
        counts.skipped++;
        return;
      }
      const clientId = target.get(x.clientId) ?? x.clientId;
      const mine = clientId === x.clientId ? x : { ...x, clientId };
      const cur = found.get(x.id);
      if (!cur) {
        counts.new++;
        out.push(mine);
      } else if (sameRecord(cur, mine)) counts.unchanged++;
      else {
        counts.conflict++;
        notes.push({ path: `${key}[${i}]`, id: x.id, outcome: 'conflict', detail: t(`errors_restore_differs_${what}_${prefer === 'backup' ? 'backup' : 'current'}`) });
        if (prefer === 'backup') out.push(mine);
      }
    });
    return out;
  };
  const deadlineWrites = await byIdRecords(backup.deadlines, db.deadlinesById?.bind(db), counts.deadlines, 'deadline', 'deadlines');
  const questionWrites = await byIdRecords(backup.questions, db.questionsById?.bind(db), counts.questions, 'question', 'questions');

  const origins = await db.portalOrigins();
  const portals = backup.portals.filter((p) => !origins.has(p.origin));
  counts.portals = { new: portals.length, existing: backup.portals.length - portals.length };
  const restoreSettings = options.restoreSettings ?? true;
  const currentSettings = await db.settings();
  const settingsChanged = restoreSettings && canonicalJson(currentSettings) !== canonicalJson(backup.settings);

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      createdAt: backup.createdAt,
      appVersion: backup.app.version,
      prefer,
      counts,
      clients: outcomes,
      interactions: notes,
      settingsChanged,
      writes: {
        clients: [...pending.values()],
        interactions: writes,
        trash: trashWrites,
        untrash,
        ...(restoreSettings ? { settings: backup.settings } : {}),
        ...(restoreSettings && backup.deadlineSettings ? { deadlineSettings: backup.deadlineSettings } : {}),
        portals,
        deadlines: deadlineWrites,
        questions: questionWrites,
      },
    },
  };
}
