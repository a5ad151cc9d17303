import type { DBSchema } from 'idb';
import type { Client, ClientCadence } from '../model/client';
import type { Interaction, InteractionKind } from '../model/interaction';
import type { IdentityKey } from '../identity/normalise';
import type { Deadline } from '../model/deadline';
import type { OpenQuestion } from '../model/open-question';

export const DB_NAME = 'rapport';

/**
 * A client as stored: the record plus its derived identity keys (see
 * identity/keys.ts). A client in the trash has `trashedAt` and no `keys`, so
 * no lookup can find it; its keys are derived again when it is restored.
 */
export type StoredClient = Client & { keys?: IdentityKey[]; trashedAt?: number };

/** An interaction inside a history page, which holds the client id once for all its items. */
export type PageItem = Omit<Interaction, 'clientId'>;

/**
 * A page of one client's history: up to PAGE_MAX interactions in (at, id)
 * order. Pages are keyed [clientId, at, id] — a key at or before their first
 * item and after every item of the page before — so a client's history is one
 * key range, the newest interactions are at its end, and the page that holds
 * a given (at, id) is the last page keyed at or before it. A page of records
 * costs the database one write where separate records would cost one each
 * (bulk imports write 210,000 interactions as about 10,000 pages).
 */
export interface HistoryPage {
  clientId: string;
  at: number;
  id: string;
  items: PageItem[];
}

/** An unacknowledged rejected filing: where its interaction lives. */
export interface OpenFlag {
  id: string;
  at: number;
}

/** A filing logged from a portal row: its dedupe key (the interaction's messageId) and where it lives. */
/** One of the last ten interactions, for the mood trend: when, and the mood if one was recorded. */
export interface MoodEntry {
  at: number;
  id: string;
  sentiment?: number;
}

export interface FilingRef {
  key: string;
  id: string;
  at: number;
}

/**
 * Everything derived about a client, written in the same transaction as every
 * change that affects it (lib/db/stats.ts): the summary lists show, last
 * contact, awaiting-reply state, counts, open filing flags and the cadence
 * dates. The badge, Losing touch, reminders, search and the client list read
 * these records (and their indexes) directly.
 *
 * The index fields (`sort`, `terms`, `dueAt`, `overdueAt`, `flagged`) exist
 * only while the client is live: a trashed client drops them, which takes it
 * out of every list, count and search at the cost of one record write.
 */
export interface ClientStats {
  /** The client's id. */
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  emails: string[];
  caseNumbers: string[];
  tags: string[];
  /** The client's own cadence, possibly half-filled (the resolved one is idealDays/maxDays). */
  ownCadence?: ClientCadence;
  createdAt: number;
  /** Resolved cadence: own → strictest tag → Settings default. */
  idealDays: number;
  maxDays: number;
  /** Newest interaction that is contact (not a note or a filing). */
  lastContact?: number;
  /** Newest e-mail from the client, and to the client: the client awaits a reply while lastIn > lastOut. */
  lastIn?: number;
  lastOut?: number;
  /** The client's first e-mail after our last one, while unanswered. */
  awaitingSince?: number;
  counts: Partial<Record<InteractionKind, number>>;
  /** The newest interactions, newest first (at most RECENT_MAX): a client's view needs no history read. */
  recent: PageItem[];
  openFlags: OpenFlag[];
  /** Filings logged, by message id: a portal row is logged once per status, however often (and whenever) it is seen. */
  filings: FilingRef[];
  /**
   * The last MOOD_WINDOW (lib/mood/trend.ts) interactions, oldest first: the
   * mood trend without a history read. Absent only in records written before
   * it existed; open.ts derives it again for those (STATS_VERSION).
   */
  moods?: MoodEntry[];
  trashedAt?: number;
  // Index fields, live clients only.
  /** Normalised name + NUL + id: the client list's order, and its paging cursor. */
  sort?: string;
  /** Search tokens (name, preferred name, organisation and tag words, e-mail domains), each as `<token>\0<sort>`. */
  terms?: string[];
  /** Local midnight at which the client turns due / overdue (model/cadence.ts cadenceDates). */
  dueAt?: number;
  overdueAt?: number;
  /** 1 while the client has open filing flags. */
  flagged?: 1;
  /**
   * While the mood trend calls for a check-in (lib/mood/trend.ts checkIn):
   * when the interaction that raised it happened. The `checkIn` index holds
   * exactly these clients, so the popup and the daily reminder read them
   * without touching anyone's history.
   */
  checkIn?: number;
}

/** A chunk of a bulk write, staged until its job is committed (lib/db/bulk.ts). */
export interface StagedChunk {
  job: string;
  seq: number;
  records: unknown[];
}

/**
 * A deadline or promise as stored (lib/db/repos/deadlines.ts). `alertOn` is
 * the internal target date ("YYYY-MM-DD": due minus the buffer), present only
 * while the deadline is open and its client live: the badge, the popup and the
 * daily reminder read the index range up to today, which holds exactly the
 * at-risk and missed items. `trashedAt`: the client is in the trash, so the
 * deadline is hidden from every list until the client is restored.
 */
export type StoredDeadline = Deadline & { alertOn?: string; trashedAt?: number };

/** An open question the lawyer keeps on a client. */
export type StoredQuestion = OpenQuestion & { clientId: string };

/**
 * What an import or restore overwrote or added, kept so it can be undone
 * (lib/db/repos/snapshots.ts). Keyed [id, seq]: seq 0 is the head, 1… the
 * parts, one per staged chunk committed, so no record holds a whole database.
 */
export type SnapshotRecord = SnapshotHead | SnapshotPart;

export interface SnapshotHead {
  id: string;
  seq: 0;
  /** The bulk job (lib/db/bulk.ts) it was taken for. */
  job: string;
  kind: 'import' | 'restore';
  createdAt: number;
  /** Clients the job added, and existing clients it changed. */
  added: number;
  changed: number;
  undoneAt?: number;
  /** A restore: the settings, deadline settings and portal list it replaced, as they were stored (null: none). Only those it changed. */
  meta?: { settings?: unknown; deadlineSettings?: unknown; portals?: unknown };
}

/** An existing client as it was before the job: every record that holds it. */
export interface PriorClient {
  client: StoredClient;
  stats: ClientStats;
  pages: HistoryPage[];
  deadlines: StoredDeadline[];
  questions: StoredQuestion[];
}

export interface SnapshotPart {
  id: string;
  seq: number;
  prior: PriorClient[];
  /** Clients the job created: undo deletes them with everything they hold. */
  added: string[];
  /** Deadlines and questions the job moved from a client it did not otherwise touch, as they were. */
  looseDeadlines: StoredDeadline[];
  looseQuestions: StoredQuestion[];
}

export interface RapportDB extends DBSchema {
  clients: {
    key: string;
    value: StoredClient;
    indexes: { keys: string };
  };
  stats: {
    key: string;
    value: ClientStats;
    indexes: {
      sort: string;
      terms: string;
      due: [number, string];
      overdue: [number, string];
      trashedAt: number;
      flagged: number;
      checkIn: number;
    };
  };
  history: {
    key: [string, number, string];
    value: HistoryPage;
  };
  staging: {
    key: [string, number];
    value: StagedChunk;
  };
  meta: {
    key: string;
    value: unknown;
  };
  deadlines: {
    key: string;
    value: StoredDeadline;
    indexes: { client: [string, string]; alert: string };
  };
  questions: {
    key: string;
    value: StoredQuestion;
    indexes: { client: [string, number] };
  };
  snapshots: {
    key: [string, number];
    value: SnapshotRecord;
  };
}
