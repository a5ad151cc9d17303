// The whole protocol between UI (content scripts, popup, options, the sidebar
// page) and the background, one entry per message: its request schema, and its
// reply type. The background parses every request with these schemas before
// anything touches IndexedDB, and lib/messaging/capabilities.ts decides which
// callers may send which message. UI code imports only *types* from here
// (import type …) so zod never ships in a content script.
import { z } from 'zod';
import { clientInputSchema, clientSchema, type Client } from '../model/client';
import { interactionInputSchema, type Interaction } from '../model/interaction';
import type { CadenceState } from '../model/cadence';
import { settingsSchema, type Settings } from '../model/settings';
import { deadlineInputSchema, deadlineKindSchema, deadlineSchema, type BufferDefaults, type Deadline } from '../model/deadline';
import { deadlineSettingsSchema, type DeadlineSettings } from '../model/deadline-settings';
import { openQuestionSchema, type OpenQuestion } from '../model/open-question';
import { backupPortalSchema } from '../backup/schema';
import type { BriefInput } from '../brief/assemble';
import type { CheckInEntry } from '../db/repos/check-ins';
import { LIMITS } from './limits';
import type { CaseHit, PageFacts } from '../sites/efiling/reading';
import type { ConflictReport } from '../identity/conflict-report';
import type { MatterPerson } from '../model/matter-people';
import type { DeadlineStatus } from '../deadlines/state';
import { t } from '../i18n/t';

export const MAX_RECORDS_PER_MESSAGE = 5000;
/** Items of each kind in one lookupExisting. */
export const LOOKUP_MAX = 1000;

const personSchema = z.object({
  email: z.string().max(LIMITS.email).optional(),
  name: z.string().max(LIMITS.name).optional(),
  role: z.enum(['from', 'to', 'cc', 'bcc']),
});

const caseRefSchema = z.object({
  caseNumber: z.string().max(LIMITS.caseNumber).optional(),
  caseName: z.string().max(LIMITS.caseName).optional(),
  matterCode: z.string().max(LIMITS.matterCode).optional(),
  court: z.string().max(LIMITS.court).optional(),
  status: z.string().max(LIMITS.status).optional(),
  ref: z.string().max(LIMITS.ref).optional(),
});

const partyText = z.string().max(LIMITS.partyText);
const partyList = z.array(partyText).max(LIMITS.partyList);
const docketPartySchema = z.object({
  label: partyText,
  side: z.enum(['initiating', 'responding', 'neutral']),
  name: partyText,
  details: partyList,
  terminated: partyText.optional(),
  proSe: z.boolean(),
  emails: z.array(z.string().max(LIMITS.email)).max(LIMITS.partyList),
  attorneys: z
    .array(
      z.object({
        name: partyText,
        firm: partyText.optional(),
        emails: z.array(z.string().max(LIMITS.email)).max(LIMITS.partyList),
        phone: partyText.optional(),
        designations: partyList,
        terminated: partyText.optional(),
      }),
    )
    .max(LIMITS.attorneys),
});

export const screenContextSchema = z.object({
  site: z.string().min(1).max(LIMITS.site),
  url: z.string().max(LIMITS.url),
  subject: z.string().max(LIMITS.subject).optional(),
  threadId: z.string().max(LIMITS.threadId).optional(),
  people: z.array(personSchema).max(LIMITS.people),
  cases: z.array(caseRefSchema).max(LIMITS.cases),
  messages: z
    .array(z.object({ id: z.string().max(LIMITS.messageId), from: z.string().max(LIMITS.email).optional(), at: z.number().optional() }))
    .max(LIMITS.messages)
    .optional(),
  /** The signed-in user's own address: the sidebar needs it to tell who is waiting for whom. */
  self: z.string().max(LIMITS.email).optional(),
  view: z.enum(['thread', 'compose', 'docket', 'list']).optional(),
  parties: z.array(docketPartySchema).max(LIMITS.parties).optional(),
});

/** Mail dates are the messages' own: one from the future (a wrong clock, a forged page) is stored as now, never later. */
const mailDate = z
  .number()
  .finite()
  .nonnegative()
  .transform((at) => Math.min(Math.round(at), Date.now()));

const id = z.string().min(1).max(100);

/** Who or what a conflict check is about: at least one of a name, an organisation, an address. */
const conflictCandidateSchema = z
  .object({
    name: z.string().trim().max(200).optional(),
    organisation: z.string().trim().max(200).optional(),
    emails: z.array(z.string().trim().min(1).max(320)).max(50).default([]),
  })
  .refine((c) => !!c.name || !!c.organisation || c.emails.length > 0, { error: () => t('errors_client_identity') });

/**
 * A client with its history for importClients and staged bulk writes. Ids and
 * timestamps are kept when given (a restore); a client id that exists already
 * replaces that client and merges histories by interaction id.
 */
const bulkRecordSchema = z.object({
  client: clientInputSchema.extend({
    id: id.optional(),
    createdAt: z.number().int().nonnegative().optional(),
    updatedAt: z.number().int().nonnegative().optional(),
  }),
  interactions: z.array(interactionInputSchema.omit({ clientId: true })).max(MAX_RECORDS_PER_MESSAGE).default([]),
  /** A restore's trash entry: the client is written as deleted at this time (only if its id is new to the database). */
  trashedAt: z.number().int().nonnegative().optional(),
  /** A restore: the client's deadlines and promises with their history, and its open questions, kept by id. */
  deadlines: z.array(deadlineSchema.omit({ clientId: true })).max(MAX_RECORDS_PER_MESSAGE).optional(),
  questions: z.array(openQuestionSchema).max(MAX_RECORDS_PER_MESSAGE).optional(),
});

/** Records a bulk record counts for: the client, its interactions, deadlines and questions. */
export const recordWeight = (r: { interactions?: readonly unknown[]; deadlines?: readonly unknown[]; questions?: readonly unknown[] }) =>
  1 + (r.interactions?.length ?? 0) + (r.deadlines?.length ?? 0) + (r.questions?.length ?? 0);

/** Clients plus interactions in one message. More go through a staged job (bulkBegin … bulkCommit), in as many messages as needed. */
const bulkRecords = z
  .array(bulkRecordSchema)
  .min(1)
  .max(MAX_RECORDS_PER_MESSAGE)
  .refine((rs) => rs.reduce((n, r) => n + recordWeight(r), 0) <= MAX_RECORDS_PER_MESSAGE, {
    error: () => t('errors_too_many_records', { max: MAX_RECORDS_PER_MESSAGE }),
  });

/**
 * Each message's payload schema, built the first time a message of its type
 * arrives (requestSchema): a worker woken for one lookup builds one schema, not
 * all of them (building them all took about 4 of the 35 ms its start-up
 * script ran, in a Chrome trace of a cold worker).
 */
const requestSchemaBuilders = {
  /** Who is on screen: the clients it resolves to, and the people who are not clients. */
  getClientContext: () => z.object({ context: screenContextSchema }),
  /**
   * A content script says what its tab shows (null: nothing worth a sidebar),
   * how its sidebar frame is laid out, and whether to open it on a client (a
   * portal badge clicked). The background passes it to that tab's sidebar.
   * Every part is optional: what is absent has not changed.
   */
  reportScreen: () => z.object({
    context: screenContextSchema.nullable().optional(),
    layout: z.object({ collapsed: z.boolean() }).optional(),
    open: z.boolean().optional(),
    /** Open it only if a client is on this screen (a docket: most are none of the lawyer's clients). */
    openIfClient: z.boolean().optional(),
    focusClientId: z.string().min(1).max(100).optional(),
  }),
  getClient: () => z.object({ id }),
  /** Live clients by name, `limit` at a time (a screenful and more); `after` is the previous page's `next` (or a row's `cursor`). */
  listClients: () => z.object({
    query: z.string().max(200).default(''),
    limit: z.number().int().min(1).max(1000).default(50),
    after: z.string().max(400).optional(),
  }),
  /** With `id` (chosen by the caller) creating is idempotent: a retry after a lost reply returns the same client. */
  createClient: () => z.object({ client: clientInputSchema, id: id.optional() }),
  updateClient: () => z.object({ client: clientSchema }),
  /** Moves the client and its history to the trash (kept Settings → trash.keepDays, then deleted by an alarm). */
  deleteClient: () => z.object({ id }),
  /** With `interaction.id` (chosen by the caller) logging is idempotent. */
  logInteraction: () => z.object({ interaction: interactionInputSchema }),
  /** `clientId` (and `at`) make this a read of that client's history only; without, every history page is searched. */
  deleteInteraction: () => z.object({ id, clientId: id.optional(), at: z.number().int().nonnegative().optional() }),
  /** Bulk import (other systems, the benchmark's seed): all or nothing, one transaction. */
  importClients: () => z.object({ records: bulkRecords }),
  // Staged bulk writes (imports of any size, restores): all or nothing across every chunk.
  /** Opens a job; `job` may be chosen by the caller (then a retry is refused as a conflict, not duplicated). */
  bulkBegin: () => z
    .object({
      kind: z.enum(['import', 'restore']).default('import'),
      job: id.optional(),
      /**
       * A restore's settings, deadline settings and portals: written by the
       * commit in the same transaction as the records (settings and deadline
       * settings replace the current ones when they differ; portals not
       * listed yet are added), and put back by undo with everything else.
       */
      restore: z
        .object({
          portals: z.array(backupPortalSchema).max(1000).optional(),
          settings: settingsSchema.optional(),
          deadlineSettings: deadlineSettingsSchema.optional(),
        })
        .optional(),
    })
    .refine((b) => !b.restore || b.kind === 'restore', { error: () => t('errors_restore_only_settings'), path: ['restore'] }),
  /** Stages chunk `seq` (0, 1, …); sending a seq again replaces that chunk. Nothing is visible until bulkCommit. */
  bulkStage: () => z.object({ job: id, seq: z.number().int().min(0).max(1_000_000), records: bulkRecords }),
  /** Moves every staged record into the live stores in one transaction. A retry after a lost reply answers the same. */
  bulkCommit: () => z.object({ job: id }),
  /** Drops a job's staging, or stops its commit (nothing of it is kept). */
  bulkAbort: () => z.object({ job: id }),
  /** Staged counts, or progress while committing. */
  bulkStatus: () => z.object({ job: id }),
  // Options → Data (extension pages only): backups, restores, exports, import previews.
  /**
   * What the database holds of a batch (an import preview, a restore plan):
   * clients by id, holders of identity keys, interactions by (client, date, id),
   * message ids already logged for a client. At most LOOKUP_MAX of each.
   */
  lookupExisting: () => z.object({
    clientIds: z.array(id).max(LOOKUP_MAX).default([]),
    keys: z.array(z.string().min(1).max(500)).max(LOOKUP_MAX).default([]),
    interactions: z.array(z.object({ clientId: id, at: z.number().finite(), id })).max(LOOKUP_MAX).default([]),
    messages: z.array(z.tuple([id, z.string().min(1).max(500)])).max(LOOKUP_MAX).default([]),
    deadlineIds: z.array(id).max(LOOKUP_MAX).default([]),
    questionIds: z.array(id).max(LOOKUP_MAX).default([]),
  }),
  /** What a backup holds besides its lists (settings, portals) and how many records it will have. */
  backupHead: () => z.object({}),
  /** One page of a backup section (also what exports read); `after` is the previous page's `next`. */
  backupPage: () => z.object({
    section: z.enum(['clients', 'interactions', 'trash', 'deadlines', 'questions']),
    after: z.string().max(1000).optional(),
    limit: z.number().int().min(1).max(MAX_RECORDS_PER_MESSAGE).default(1000),
  }),
  /** The user saved a backup made at `at`. */
  noteBackup: () => z.object({ at: z.number().int().nonnegative() }),
  /** Whether the last import or restore can be undone (its snapshot), or why not. */
  lastSnapshot: () => z.object({}),
  /** Puts back what snapshot `id`'s job overwrote or added, in one transaction; only the last job's. */
  undoSnapshot: () => z.object({ id }),
  /** The last backup and whether it is time for another; with `counts` (a read of every client's stats) the records kept. */
  dataHealth: () => z.object({ counts: z.boolean().default(true) }),
  // Trash.
  listTrash: () => z.object({}),
  restoreClient: () => z.object({ id }),
  deleteClientForever: () => z.object({ id }),
  // Keep in touch: settings, the losing-touch list, mail seen by a content script.
  getSettings: () => z.object({}),
  updateSettings: () => z.object({ settings: settingsSchema }),
  /** Due and overdue clients, most overdue first. */
  losingTouch: () => z.object({ limit: z.number().int().min(1).max(1000).default(50) }),
  /** Mail sent to (out) or read from (in) clients: logged once per client and message id. */
  logMail: () => z.object({
    direction: z.enum(['in', 'out']),
    messageId: z.string().trim().min(1).max(500),
    /** Epoch ms: the message's own date. */
    at: mailDate,
    subject: z.string().max(LIMITS.subject).optional(),
    /** 'in': the sender; 'out': the recipients. */
    people: z.array(personSchema).max(LIMITS.people),
    source: z.string().trim().min(1).max(50),
  }),
  // E-filing overlay (content scripts on portals) and user-added portals (options).
  /**
   * Every case number / matter code on a portal page in one batch: who holds each.
   * `caseNumber` may be a reference (a number and ` @<court>`, identity/case-number.ts)
   * or `matter:<code>` (the overlay's matter-code cells); `court` is the court it is seen in.
   */
  resolveCases: () => z.object({
    cases: z
      .array(
        z.object({
          // A reference (lib/identity/case-number.ts caseRef): the number as printed and, when known, ` @<court>`.
          caseNumber: z.string().max(LIMITS.caseNumber + LIMITS.court + 2).optional(),
          matterCode: z.string().max(LIMITS.matterCode).optional(),
          court: z.string().max(LIMITS.court).optional(),
        }),
      )
      .max(LIMITS.cases),
  }),
  /**
   * What a portal page's texts hold (lib/sites/efiling/reading.ts): the
   * content script cuts candidates, the background's tables say which are case
   * numbers. Nothing about clients: the reply is the page's own text read back,
   * with the facts the page's host gives (its court). `url` names the page for
   * Rapport's own pages; a content script's page is the one it runs in.
   */
  readCases: () => z.object({
    url: z.url().max(LIMITS.url).optional(),
    questions: z
      .array(
        z.object({
          q: z.enum(['find', 'field', 'standalone']),
          text: z.string().max(LIMITS.caseText),
          court: z.string().max(LIMITS.court).optional(),
          bare: z.boolean().optional(),
        }),
      )
      .max(LIMITS.cases),
  }),
  /**
   * A portal content script needs code it does not carry
   * (lib/sites/efiling/injected.ts): the readers of a whole page, or the badge.
   * The background injects that build file into the sender's own frame; the
   * page names only which of the two, never a file, tab or frame.
   */
  loadScript: () => z.object({ script: z.enum(['readers', 'badges']) }),
  /** Filing statuses seen on portal rows, logged once per client, row and status; a rejection raises a flag. */
  logFilings: () => z.object({
    site: z.string().trim().min(1).max(50),
    filings: z
      .array(z.object({ clientId: id, filing: caseRefSchema.extend({ status: z.string().trim().min(1).max(200) }) }))
      .min(1)
      .max(500),
  }),
  /** Unacknowledged rejected filings: one client's, or everyone's. */
  listFilingFlags: () => z.object({ clientId: id.optional() }),
  /** `clientId` makes finding the filing a read of that client only. */
  acknowledgeFiling: () => z.object({ id, clientId: id.optional() }),
  listPortals: () => z.object({}),
  /**
   * Register the scanner on a portal whose host permission the options page has
   * just been granted. `efiling`: the user says it is an e-filing portal, so a
   * rejected filing read there may flag the client.
   */
  addPortal: () => z.object({ url: z.string().trim().min(1).max(2000), efiling: z.boolean().default(false) }),
  removePortal: () => z.object({ origin: z.string().trim().min(1).max(300) }),
  /** Mark an added portal as an e-filing portal (or not). */
  markPortal: () => z.object({ origin: z.string().trim().min(1).max(300), efiling: z.boolean() }),
  // Deadlines and promises (extension pages only), open questions, the brief.
  /** One live client's deadlines, or every live client's; filtered by state (as of now) and kind. */
  listDeadlines: () => z.object({
    clientId: id.optional(),
    states: z.array(z.enum(['upcoming', 'at-risk', 'missed', 'done'])).max(4).optional(),
    kind: deadlineKindSchema.optional(),
  }),
  /**
   * Without `base`: creates (with `id` chosen by the caller, a retry returns the
   * first). With `base` (the updatedAt the editor started from): updates `id`,
   * refused as a conflict when the stored one moved on. `reason`: why the due date moved.
   */
  saveDeadline: () => z.object({
    deadline: deadlineInputSchema,
    id: id.optional(),
    base: z.number().int().nonnegative().optional(),
    reason: z.string().trim().max(1000).optional(),
  }),
  completeDeadline: () => z.object({ id }),
  reopenDeadline: () => z.object({ id, reason: z.string().trim().max(1000).optional() }),
  deleteDeadline: () => z.object({ id }),
  /** At-risk and missed deadlines and promises across all live clients (the popup). */
  deadlineAlerts: () => z.object({}),
  getDeadlineSettings: () => z.object({}),
  /** `version`: the one the editor started from; an older one is refused as a conflict. */
  updateDeadlineSettings: () => z.object({ settings: deadlineSettingsSchema, version: z.number().int().nonnegative() }),
  listOpenQuestions: () => z.object({ clientId: id }),
  /** Adds a question (idempotent with the caller's `id`) or changes its text. */
  saveOpenQuestion: () => z.object({ clientId: id, text: openQuestionSchema.shape.text, id: id.optional() }),
  resolveOpenQuestion: () => z.object({ id, resolved: z.boolean().default(true) }),
  deleteOpenQuestion: () => z.object({ id }),
  /** The moods of a live client's last ten interactions, oldest first (the sparkline and the check-in rule). */
  getMood: () => z.object({ clientId: id }),
  /** Live clients whose mood trend calls for a check-in, the one waiting longest first (the popup). */
  checkIns: () => z.object({ limit: z.number().int().min(1).max(1000).default(20) }),
  /** Everything the prep brief shows for one live client, in one read. */
  getBrief: () => z.object({ clientId: id }),
  // People around a matter and the conflict check (extension pages only).
  /**
   * Before saving a new client or new matter people: every client, matter
   * person and party name checked for each candidate. `excludeClientId`: the
   * client being edited, whose own records are not a conflict with itself.
   */
  checkConflicts: () => z.object({ candidates: z.array(conflictCandidateSchema).min(1).max(100), excludeClientId: id.optional() }),
  /** Options → "Check a name": the same check for intake, nothing saved. */
  checkName: () => conflictCandidateSchema,
  /** The signed-in address the sidebar last saw, and the firm domain it suggests (Settings offers it; never applied unasked). */
  firmGuess: () => z.object({}),
} as const;
export type MessageType = keyof typeof requestSchemaBuilders;
type SchemaOf<K extends MessageType> = ReturnType<(typeof requestSchemaBuilders)[K]>;
export type RequestOf<K extends MessageType> = z.input<SchemaOf<K>>;
export type ParsedRequestOf<K extends MessageType> = z.output<SchemaOf<K>>;

/** Every message type. */
export const MESSAGE_TYPES = Object.keys(requestSchemaBuilders) as MessageType[];
export const isMessageType = (type: string): type is MessageType => Object.hasOwn(requestSchemaBuilders, type);

const built = new Map<MessageType, z.ZodType>();
/** The payload schema of a message type, built once. */
export function requestSchema<K extends MessageType>(type: K): SchemaOf<K> {
  let schema = built.get(type);
  if (!schema) built.set(type, (schema = requestSchemaBuilders[type]()));
  return schema as SchemaOf<K>;
}


/** How one client looks from one screen. */
export interface ClientView {
  client: Client;
  /** Human-readable reasons, e.g. "ana@acme.com", "case 22STCV11897". */
  matchedOn: string[];
  /**
   * Found by a bare name only (an Outlook chip without an address): offered as
   * "Is this …?", never treated as certain and never logged on its own.
   */
  nameOnly?: true;
  lastContact?: number;
  cadence: CadenceState;
  /** Newest first, at most five. */
  recent: Interaction[];
  /** Since when the client's e-mail has waited for an answer (their first message after our last), if it has. */
  awaitingSince?: number;
  /** Interactions logged, by kind. */
  counts?: Partial<Record<Interaction['kind'], number>>;
  /** Unacknowledged rejected filings. */
  openFlags?: number;
}

export interface ClientSummary {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  emails: string[];
  caseNumbers: string[];
  lastContact?: number;
  cadence: CadenceState;
  /** This row's place in the list: pass as listClients `after` to continue after it. */
  cursor: string;
}

/** A client in the trash. */
export interface TrashEntry {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  emails: string[];
  caseNumbers: string[];
  lastContact?: number;
  trashedAt: number;
  /** When the purge alarm deletes it for good. */
  purgeAt: number;
}

export interface DataCounts {
  /** Live clients and their interactions. */
  clients: number;
  interactions: number;
  /** Clients in the trash and their interactions. */
  trash: number;
  trashInteractions: number;
  /** Deadlines and promises, and open questions, of live and trashed clients. */
  deadlines: number;
  questions: number;
}

export interface DataHealth {
  /** Present when asked for. */
  counts?: DataCounts;
  lastBackupAt?: number;
  /** Settings backup.remindAfterDays. */
  remindAfterDays: number;
  /** No backup yet, or the last is older than remindAfterDays (and there is something to back up). */
  backupDue: boolean;
  /** Automatic backups: the setting, and how the last one went. */
  auto?: {
    every: 'off' | 'daily' | 'weekly';
    keep: number;
    lastAt?: number;
    lastFile?: string;
    lastError?: { at: number; message: string };
  };
}

/** A snapshot the last import or restore kept. */
export interface SnapshotSummary {
  id: string;
  kind: 'import' | 'restore';
  createdAt: number;
  /** Clients the job added, and existing clients it changed. */
  added: number;
  changed: number;
}

/** Where a staged bulk job stands. */
export interface BulkStatus {
  job: string;
  kind: 'import' | 'restore';
  state: 'staging' | 'committing' | 'committed' | 'aborted';
  clients: number;
  interactions: number;
  chunks: number;
  /** While committing: records written so far, of clients + interactions. */
  done?: number;
  /** A committed restore that replaced the settings: the settings now stored. */
  settings?: Settings;
  /** A committed restore that replaced the deadline settings. */
  deadlineSettings?: true;
  /** A committed restore: the portals it added to the list (origins). */
  portals?: string[];
}

/** Someone on screen who sits on a client's matter: what their card shows. One per person, client and matter. */
export interface MatterPersonView {
  /** Stable for the screen: client, matter, person and who was seen. */
  key: string;
  /** Who the screen shows (for a domain match, not the person on the matter). */
  seen: { email?: string; name?: string };
  via: 'email' | 'domain' | 'name';
  /** At the user's firm: shown as "Colleague". */
  colleague?: true;
  person: MatterPerson;
  matter: { id: string; label: string; caseNumber?: string; court?: string };
  client: { id: string; name: string };
  /** The client's open goals. */
  goals: { id: string; text: string; acceptableOutcome: string }[];
  /** The matter's next open deadlines (at most three). */
  deadlines: { id: string; title: string; dueDate: string; dueTime?: string; status: DeadlineStatus }[];
  /** The newest interactions logged against this matter (at most five). */
  recent: Interaction[];
}

export interface ClientContextReply {
  /** One per distinct client matched; several → the sidebar shows a switcher. */
  matches: ClientView[];
  /** People on clients' matters (never clients themselves): after the clients, never offered as new clients. */
  people?: MatterPersonView[];
  /** People on screen with an address that matched no client: offered as "Add as client". */
  unknown: { email: string; name?: string }[];
  /** Settings' "awaiting your reply" thresholds, for the sidebar. */
  awaiting?: { warnAfterHours: number; urgentAfterHours: number };
}

/** One client in the "Losing touch" list. */
export interface LosingTouchEntry {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  lastContact?: number;
  /** Measured against the client's resolved cadence (its own, a tag's, or the default). */
  cadence: CadenceState;
}

export interface LosingTouchReply {
  /** Due and overdue, most overdue first, at most `limit`. */
  clients: LosingTouchEntry[];
  overdue: number;
  due: number;
}

export interface ReplyMap {
  getClientContext: ClientContextReply;
  /** `attached`: a sidebar is listening for this tab (if not, the content script wakes its frame). */
  reportScreen: { attached: boolean };
  getClient: ClientView;
  /** `next`: pass as `after` for the following page; absent on the last page. */
  listClients: { clients: ClientSummary[]; total: number; next?: string };
  createClient: ClientView;
  updateClient: ClientView;
  deleteClient: { deleted: true; trashed: true; purgeAt: number };
  logInteraction: { interaction: Interaction; view: ClientView };
  deleteInteraction: { deleted: true };
  importClients: { clients: number; interactions: number; ids: string[] };
  bulkBegin: BulkStatus;
  /** `ids`: the staged clients' ids in record order (assigned here when a record had none). */
  bulkStage: BulkStatus & { ids: string[] };
  bulkCommit: BulkStatus;
  bulkAbort: BulkStatus;
  bulkStatus: BulkStatus;
  lookupExisting: {
    clients: Client[];
    trashed: string[];
    holders: Record<string, string[]>;
    interactions: Interaction[];
    messages: [clientId: string, messageId: string, interactionId: string][];
    /** Deadlines and questions found among the ids asked for, whatever client holds them. */
    deadlines: Deadline[];
    questions: (OpenQuestion & { clientId: string })[];
  };
  backupHead: {
    settings: Settings;
    deadlineSettings: DeadlineSettings;
    portals: { origin: string; addedAt: number; efiling?: true }[];
    counts: DataCounts;
  };
  backupPage: {
    clients: Client[];
    interactions: Interaction[];
    trash: { deletedAt: number; client: Client; interactions: Interaction[] }[];
    /** Section `deadlines` only. */
    deadlines?: Deadline[];
    /** Section `questions` only: each with its client. */
    questions?: (OpenQuestion & { clientId: string })[];
    /** Absent on the section's last page. */
    next?: string;
  };
  noteBackup: { lastBackupAt: number };
  lastSnapshot: { undo: SnapshotSummary } | { reason: string };
  /** `settings`, `deadlineSettings`, `portals`: an undone restore put back what it had replaced (the settings now stored; whether the portal list changed). */
  undoSnapshot: { kind: 'import' | 'restore'; added: number; changed: number; settings?: Settings; deadlineSettings?: true; portals?: true };
  dataHealth: DataHealth;
  listTrash: { clients: TrashEntry[]; keepDays: number };
  restoreClient: ClientView;
  deleteClientForever: { deleted: true };
  getSettings: Settings;
  updateSettings: Settings;
  losingTouch: LosingTouchReply;
  /** `skipped`: people left out (setting off, never-log list) plus clients that already had this message. */
  logMail: { logged: { clientId: string; interactionId: string }[]; skipped: number };
  /** Keyed "case:<reference>" (as asked) / "matter:<normalised>"; keys nobody holds are absent. Two or more entries = ambiguous. */
  resolveCases: { matches: Record<string, CaseMatch[]> };
  /** One answer per question, in order: the case numbers found (field, standalone: at most one). */
  readCases: { page: PageFacts; answers: CaseHit[][] };
  /** The script has run in the sender's frame. */
  loadScript: { loaded: true };
  logFilings: { results: { clientId: string; interactionId: string; created: boolean; flagged: boolean }[] };
  listFilingFlags: { flags: FilingFlag[] };
  acknowledgeFiling: { acknowledged: true };
  listPortals: { portals: UserPortal[] };
  addPortal: { portals: UserPortal[] };
  removePortal: { portals: UserPortal[] };
  markPortal: { portals: UserPortal[] };
  listDeadlines: { items: DeadlineItem[]; buffers: BufferDefaults };
  saveDeadline: { deadline: Deadline; created: boolean };
  completeDeadline: { deadline: Deadline };
  reopenDeadline: { deadline: Deadline };
  deleteDeadline: { deleted: true };
  deadlineAlerts: { items: DeadlineAlert[]; atRisk: number; missed: number; buffers: BufferDefaults };
  getDeadlineSettings: { settings: DeadlineSettings; version: number };
  updateDeadlineSettings: { settings: DeadlineSettings; version: number };
  listOpenQuestions: { questions: OpenQuestion[] };
  saveOpenQuestion: { question: OpenQuestion };
  resolveOpenQuestion: { question: OpenQuestion };
  deleteOpenQuestion: { deleted: true };
  getMood: { points: { at: number; sentiment?: number }[] };
  checkIns: { clients: CheckInEntry[]; total: number };
  getBrief: BriefInput;
  checkConflicts: { reports: ConflictReport[] };
  checkName: ConflictReport;
  firmGuess: { signedIn?: string; domain?: string };
}

/** A deadline with whom it is for. */
export interface DeadlineItem {
  deadline: Deadline;
  clientName: string;
}

/** An open deadline or promise inside its buffer (at risk) or past due (missed). */
export interface DeadlineAlert extends DeadlineItem {
  state: 'at-risk' | 'missed';
}

/** One client holding a case number seen on a portal page: what its badge shows. */
export interface CaseMatch {
  id: string;
  /** Preferred name, else full name. */
  name: string;
  /** Last contact as a bucket: the start of its local calendar day, enough for "3 days ago" and no more. */
  lastContact?: number;
  /** Unacknowledged rejected filings. */
  flags: number;
}

export interface FilingFlag {
  /** The filing interaction's id (acknowledgeFiling takes it). */
  id: string;
  clientId: string;
  clientName: string;
  site: string;
  status: string;
  caseNumber?: string;
  ref?: string;
  at: number;
  summary: string;
}

/** A portal the user added in options; the scanner runs there while `granted` and `registered`. */
export interface UserPortal {
  origin: string;
  addedAt: number;
  /** The host permission is still held (the user can revoke it in the browser). */
  granted: boolean;
  registered: boolean;
  /** The user marked it as an e-filing portal: rejected filings read there flag the client. */
  efiling: boolean;
}

export type ErrorCode = 'bad-request' | 'unknown-message' | 'forbidden' | 'not-found' | 'conflict' | 'internal';

export type Envelope<K extends MessageType = MessageType> = { type: K; payload: RequestOf<K> };

export type Reply<K extends MessageType> =
  | { ok: true; data: ReplyMap[K] }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] } };
