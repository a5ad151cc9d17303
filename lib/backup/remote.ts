// The options page's side of backup and restore, over the protocol: an
// ExistingData that asks the background in batches, the paged backup into
// the streaming writer, and a restore plan applied through the staged bulk
// engine. `send` is the page's messaging (lib/messaging/client.ts); unit
// tests pass the router itself, so these run against the real handlers.
import type { Client } from '../model/client';
import type { Interaction } from '../model/interaction';
import type { IdentityKey } from '../identity/normalise';
import type { BulkStatus, MessageType, ReplyMap, RequestOf } from '../messaging/protocol';
import { messageKey, type ExistingData } from './existing';
import type { RestorePlan } from './restore-plan';
import { createBackupWriter } from './writer';
import type { Deadline } from '../model/deadline';
import type { BackupQuestion } from './schema';

export type Send = <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<ReplyMap[K]>;

/** Items per lookupExisting (protocol LOOKUP_MAX). */
const LOOKUP = 1000;
/** Records (clients + interactions) per staged chunk (protocol MAX_RECORDS_PER_MESSAGE). */
export const CHUNK_RECORDS = 5000;

async function batched<T>(items: readonly T[], fn: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += LOOKUP) await fn(items.slice(i, i + LOOKUP));
}

/**
 * The database as the import preview and the restore plan see it, asked in
 * batches. Every client it has been told about stays in `seen`, so applying
 * a plan can write an existing client back with its own createdAt.
 */
export function remoteExistingData(send: Send, interactionsAt?: ReadonlyMap<string, { clientId: string; at: number }>): ExistingData & { seen: Map<string, Client> } {
  const seen = new Map<string, Client>();
  return {
    seen,
    async clientsById(ids) {
      const out = new Map<string, Client>();
      await batched(ids, async (clientIds) => {
        for (const c of (await send('lookupExisting', { clientIds })).clients) {
          out.set(c.id, c);
          seen.set(c.id, c);
        }
      });
      return out;
    },
    async clientIdsByKey(keys) {
      const out = new Map<IdentityKey, string[]>();
      await batched(keys, async (b) => {
        for (const [k, ids] of Object.entries((await send('lookupExisting', { keys: b })).holders)) out.set(k as IdentityKey, ids);
      });
      return out;
    },
    async interactionsById(ids) {
      // An interaction is found by its client and date (history is keyed so); the plan passes the backup's.
      const out = new Map<string, Interaction>();
      const asks = ids.flatMap((id) => {
        const where = interactionsAt?.get(id);
        return where ? [{ ...where, id }] : [];
      });
      await batched(asks, async (interactions) => {
        for (const i of (await send('lookupExisting', { interactions })).interactions) out.set(i.id, i);
      });
      return out;
    },
    async interactionIdsByMessage(pairs) {
      const out = new Map<string, string>();
      await batched(pairs, async (b) => {
        const r = await send('lookupExisting', { messages: b.map(([c, m]) => [c, m] as [string, string]) });
        for (const [c, m, id] of r.messages) out.set(messageKey(c, m), id);
      });
      return out;
    },
    async trashedClientIds(ids) {
      const out = new Set<string>();
      await batched(ids, async (clientIds) => {
        for (const id of (await send('lookupExisting', { clientIds })).trashed) out.add(id);
      });
      return out;
    },
    async deadlinesById(ids) {
      const out = new Map<string, Deadline>();
      await batched(ids, async (deadlineIds) => {
        for (const d of (await send('lookupExisting', { deadlineIds })).deadlines) out.set(d.id, d);
      });
      return out;
    },
    async questionsById(ids) {
      const out = new Map<string, BackupQuestion>();
      await batched(ids, async (questionIds) => {
        for (const q of (await send('lookupExisting', { questionIds })).questions) out.set(q.id, q);
      });
      return out;
    },
    async portalOrigins() {
      return new Set((await send('backupHead', {})).portals.map((p) => p.origin));
    },
    async settings() {
      return send('getSettings', {});
    },
  };
}

export interface BackupProgress {
  section: 'clients' | 'interactions' | 'trash' | 'deadlines' | 'questions';
  /** Records written so far, and the expected total (from the counts at the start). */
  done: number;
  total: number;
}

/**
 * Reads the whole database page by page into the writer. Returns the file's
 * pieces (for `new Blob(parts)`) and what it holds. No page is larger than
 * `pageSize` records, and the whole file is never one string.
 */
export async function runBackup(
  send: Send,
  opts: { appVersion: string; now: number; pageSize?: number; onProgress?: (p: BackupProgress) => void },
): Promise<{ parts: string[]; counts: { clients: number; interactions: number; trash: number; deadlines: number; questions: number } }> {
  const pageSize = opts.pageSize ?? 2000;
  const head = await send('backupHead', {});
  const total = head.counts.clients + head.counts.interactions + head.counts.trash + head.counts.trashInteractions + head.counts.deadlines + head.counts.questions;
  const writer = createBackupWriter();
  const parts = [
    writer.start({ createdAt: opts.now, appVersion: opts.appVersion, settings: head.settings, portals: head.portals, deadlineSettings: head.deadlineSettings }),
  ];
  let done = 0;
  for (const section of ['clients', 'interactions', 'trash', 'deadlines', 'questions'] as const) {
    let after: string | undefined;
    do {
      const page = await send('backupPage', after === undefined ? { section, limit: pageSize } : { section, after, limit: pageSize });
      if (section === 'clients') parts.push(writer.clients(page.clients));
      else if (section === 'interactions') parts.push(writer.interactions(page.interactions));
      else if (section === 'trash') parts.push(writer.trash(page.trash));
      else if (section === 'deadlines') parts.push(writer.deadlines(page.deadlines ?? []));
      else parts.push(writer.questions(page.questions ?? []));
      done +=
        page.clients.length +
        page.interactions.length +
        page.trash.reduce((n, t) => n + 1 + t.interactions.length, 0) +
        (page.deadlines?.length ?? 0) +
        (page.questions?.length ?? 0);
      opts.onProgress?.({ section, done, total: Math.max(total, done) });
      after = page.next;
    } while (after !== undefined);
  }
  parts.push(writer.finish());
  return { parts, counts: { ...writer.counts } };
}

type Record_ = RequestOf<'bulkStage'>['records'][number];

/** Splits clients with their histories into chunks of at most `max` records; a long history is spread over several chunks (the engine merges them). */
export function chunkRecords(records: readonly Record_[], max = CHUNK_RECORDS): Record_[][] {
  const chunks: Record_[][] = [];
  let cur: Record_[] = [];
  let size = 0;
  const flush = () => {
    if (cur.length) chunks.push(cur);
    cur = [];
    size = 0;
  };
  for (const r of records) {
    const all = r.interactions ?? [];
    // Deadlines and questions ride with the client's first piece.
    const { deadlines, questions, ...rest } = r;
    const extra = (deadlines?.length ?? 0) + (questions?.length ?? 0);
    // A client goes whole into the next chunk when it fits there; only a history longer than a chunk is split.
    if (size && size + 1 + extra + all.length > max && 1 + extra + all.length <= max) flush();
    let from = 0;
    let first = true;
    do {
      if (size + 1 + (first ? extra : 0) >= max) flush();
      const room = max - size - 1 - (first ? extra : 0);
      const part = all.slice(from, from + Math.max(room, 0));
      cur.push(first ? { ...r, interactions: part } : { ...rest, interactions: part });
      size += 1 + part.length + (first ? extra : 0);
      from += part.length;
      first = false;
    } while (from < all.length);
  }
  flush();
  return chunks;
}

export interface ApplyProgress {
  phase: 'staging' | 'committing' | 'done';
  /** Chunks staged so far, of `chunks`. */
  staged: number;
  chunks: number;
}

/** A refusal from the background (it has a code); anything else — 'unreachable' included — is the message or its reply lost on the way (a worker stopped mid-way). */
const isRefusal = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== 'unreachable';
};

/**
 * Stages every record, then commits them in one transaction: all or nothing.
 * A restore's settings and portals (`restore`) ride with the job and land in
 * the commit's transaction. A commit whose reply was lost is sent once more:
 * it lands once, or answers as committed. Any other failure aborts the job
 * (nothing of it is kept) and rethrows.
 */
export async function applyRecords(
  send: Send,
  kind: 'import' | 'restore',
  records: readonly Record_[],
  onProgress?: (p: ApplyProgress) => void,
  restore?: RequestOf<'bulkBegin'>['restore'],
): Promise<BulkStatus> {
  const chunks = chunkRecords(records);
  const job = crypto.randomUUID();
  await send('bulkBegin', { kind, job, ...(restore ? { restore } : {}) });
  try {
    for (let seq = 0; seq < chunks.length; seq++) {
      onProgress?.({ phase: 'staging', staged: seq, chunks: chunks.length });
      await send('bulkStage', { job, seq, records: chunks[seq]! });
    }
    onProgress?.({ phase: 'committing', staged: chunks.length, chunks: chunks.length });
    const r = await send('bulkCommit', { job }).catch((e: unknown) => {
      if (isRefusal(e)) throw e;
      return send('bulkCommit', { job });
    });
    onProgress?.({ phase: 'done', staged: chunks.length, chunks: chunks.length });
    return r;
  } catch (e) {
    await send('bulkAbort', { job }).catch(() => {});
    throw e;
  }
}

/** What a restore plan writes besides records — settings, deadline settings, new portals — for bulkBegin; undefined when nothing. */
export function restoreMeta(plan: RestorePlan): RequestOf<'bulkBegin'>['restore'] {
  const { portals, settings, deadlineSettings } = plan.writes;
  const meta = { ...(portals.length ? { portals } : {}), ...(settings ? { settings } : {}), ...(deadlineSettings ? { deadlineSettings } : {}) };
  return Object.keys(meta).length ? meta : undefined;
}

const withoutClientId = <T extends { clientId: string }>({ clientId: _c, ...rest }: T): Omit<T, 'clientId'> => rest;

/**
 * The records a restore plan writes: every client it puts (with its id and
 * timestamps), the new interactions of clients it leaves unchanged (written
 * back with the client as it is), and the trash entries.
 */
export function restoreRecords(plan: RestorePlan, existing: ReadonlyMap<string, Client>): Record_[] {
  const group = <T extends { clientId: string }>(list: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) {
      const l = m.get(x.clientId);
      if (l) l.push(x);
      else m.set(x.clientId, [x]);
    }
    return m;
  };
  const byClient = group(plan.writes.interactions);
  const deadlines = group(plan.writes.deadlines);
  const questions = group(plan.writes.questions);
  const withRecords = (clientId: string, r: Record_): Record_ => {
    const d = deadlines.get(clientId);
    const q = questions.get(clientId);
    deadlines.delete(clientId);
    questions.delete(clientId);
    return { ...r, ...(d ? { deadlines: d.map(withoutClientId) } : {}), ...(q ? { questions: q.map(withoutClientId) } : {}) };
  };
  const out: Record_[] = [];
  for (const c of plan.writes.clients) {
    out.push(withRecords(c.id, { client: c, interactions: (byClient.get(c.id) ?? []).map(withoutClientId) }));
    byClient.delete(c.id);
  }
  for (const t of plan.writes.trash) out.push(withRecords(t.client.id, { client: t.client, interactions: t.interactions.map(withoutClientId), trashedAt: t.deletedAt }));
  // Clients the restore leaves as they are, written back as they are with what is new for them.
  const rest = new Set([...byClient.keys(), ...deadlines.keys(), ...questions.keys()]);
  for (const clientId of rest) {
    const c = existing.get(clientId);
    if (!c) throw new Error(`The restore has records for client ${clientId}, which is neither in the backup nor in Rapport.`); // i18n-ignore: developer-only (the plan never names such a client)
    out.push(withRecords(clientId, { client: c, interactions: (byClient.get(clientId) ?? []).map(withoutClientId) }));
  }
  return out;
}
