// What the editor holds while the user types, and the conversion to the
// ClientInput the background validates. The draft is all strings so that
// nothing typed is ever reformatted or lost while the user is still editing
// (a half-typed "14" or a blank line in the e-mail list stays as typed).
//
// Type-only imports from lib/model: this module may be reused by the sidebar,
// which runs in a content script where zod must not ship.
import type { Client, ClientInput, GoalStatus } from '../../lib/model/client';
import { peopleFromDrafts, personDraftsFrom, type PersonDraft } from '../people/person-draft';
import { t } from '../../lib/i18n/t';

export interface MatterDraft {
  /** Real matter id; new matters get one from crypto.randomUUID() when added. */
  id: string;
  caseNumber: string;
  caseName: string;
  court: string;
  matterCode: string;
  /** Opposing counsel, co-counsel … on this matter. */
  people: PersonDraft[];
}

export interface GoalDraft {
  id: string;
  text: string;
  acceptableOutcome: string;
  status: GoalStatus;
  /** As stored, so an untouched goal keeps its updatedAt. Absent for a new goal. */
  saved?: { text: string; acceptableOutcome: string; status: GoalStatus; updatedAt: number };
}

export interface ClientDraft {
  name: string;
  preferredName: string;
  organisation: string;
  /** One per line. */
  emails: string;
  phones: string;
  domains: string;
  /** Comma separated. */
  tags: string;
  idealDays: string;
  maxDays: string;
  family: string;
  interests: string;
  background: string;
  howWeMet: string;
  notes: string;
  matters: MatterDraft[];
  goals: GoalDraft[];
}

export interface Issue {
  path: string;
  message: string;
}

const GOAL_STATUS_TEXT: Record<GoalStatus, () => string> = {
  open: () => t('clients_goal_open'),
  met: () => t('clients_goal_met'),
  revised: () => t('clients_goal_revised'),
  dropped: () => t('clients_goal_dropped'),
};

/** A goal's statuses in the order the form offers them; each label is read when shown. */
export const GOAL_STATUSES: readonly { value: GoalStatus; label: string }[] = (['open', 'met', 'revised', 'dropped'] as const).map((value) => ({
  value,
  get label() {
    return GOAL_STATUS_TEXT[value]();
  },
}));

/** Mirrors DEFAULT_CADENCE in lib/model/cadence.ts (kept literal so this file has no runtime imports). */
export const DEFAULT_IDEAL_DAYS = 30;
export const DEFAULT_MAX_DAYS = 60;
const MAX_CADENCE_DAYS = 3650;

export function emptyDraft(init: Partial<ClientDraft> = {}): ClientDraft {
  return {
    name: '',
    preferredName: '',
    organisation: '',
    emails: '',
    phones: '',
    domains: '',
    tags: '',
    idealDays: '',
    maxDays: '',
    family: '',
    interests: '',
    background: '',
    howWeMet: '',
    notes: '',
    matters: [],
    goals: [],
    ...init,
  };
}

export function newMatter(): MatterDraft {
  return { id: crypto.randomUUID(), caseNumber: '', caseName: '', court: '', matterCode: '', people: [] };
}

export function newGoal(): GoalDraft {
  return { id: crypto.randomUUID(), text: '', acceptableOutcome: '', status: 'open' };
}

type StoredClient = Pick<
  Client,
  'name' | 'preferredName' | 'organisation' | 'emails' | 'phones' | 'domains' | 'tags' | 'cadence' | 'notes' | 'matters' | 'goals'
>;

export function draftFromClient(c: StoredClient): ClientDraft {
  return {
    name: c.name,
    preferredName: c.preferredName ?? '',
    organisation: c.organisation ?? '',
    emails: c.emails.join('\n'),
    phones: c.phones.join('\n'),
    domains: c.domains.join('\n'),
    tags: c.tags.join(', '),
    idealDays: c.cadence?.idealDays !== undefined ? String(c.cadence.idealDays) : '',
    maxDays: c.cadence?.maxDays !== undefined ? String(c.cadence.maxDays) : '',
    family: c.notes.family,
    interests: c.notes.interests,
    background: c.notes.background,
    howWeMet: c.notes.howWeMet,
    notes: c.notes.notes,
    matters: c.matters.map((m) => ({
      id: m.id,
      caseNumber: m.caseNumber ?? '',
      caseName: m.caseName ?? '',
      court: m.court ?? '',
      matterCode: m.matterCode ?? '',
      // Records stored before matters had people carry none.
      people: personDraftsFrom(m.people),
    })),
    goals: c.goals.map((g) => ({
      id: g.id,
      text: g.text,
      acceptableOutcome: g.acceptableOutcome,
      status: g.status,
      saved: { text: g.text, acceptableOutcome: g.acceptableOutcome, status: g.status, updatedAt: g.updatedAt },
    })),
  };
}

/** Non-empty trimmed pieces, first occurrence kept (case-insensitive when `fold`). */
function splitList(raw: string, separators: RegExp, fold = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of raw.split(separators)) {
    const v = piece.trim();
    if (!v) continue;
    const key = fold ? v.toLowerCase() : v;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/** One per line; commas and semicolons also separate, since pasted address lists use them. */
export const splitEmails = (raw: string) => splitList(raw, /[\n,;]+/, true);
/** One per line only: a phone number may legitimately contain a comma ("…, ext. 12"). */
export const splitPhones = (raw: string) => splitList(raw, /\n+/);
export const splitDomains = (raw: string) => splitList(raw, /[\n,;\s]+/, true);
export const splitTags = (raw: string) => splitList(raw, /,+/);

const optional = (s: string): string | undefined => (s.trim() ? s.trim() : undefined);

function parseDays(raw: string): number | undefined | 'invalid' {
  const s = raw.trim();
  if (!s) return undefined;
  if (!/^\d+$/.test(s)) return 'invalid';
  const n = Number(s);
  return n >= 1 && n <= MAX_CADENCE_DAYS ? n : 'invalid';
}

export type Conversion = { ok: true; input: ClientInput } | { ok: false; issues: Issue[] };

/**
 * Draft → ClientInput. Only what cannot be expressed as a ClientInput is
 * checked here (a cadence that is not a whole number); everything else is
 * the background's to validate, and its issues come back with paths into the
 * returned input (e.g. "client.emails.1" is input.emails[1]).
 *
 * - lists: split, trimmed, empty lines dropped, duplicates dropped;
 * - cadence: both empty → none (the defaults apply); one empty → left out,
 *   and the background takes it from the client's tags or Settings;
 * - matters and goals left completely blank are dropped, so an "Add" clicked
 *   by mistake never blocks a save;
 * - a goal's updatedAt moves to `now` when it is new or its text, outcome or
 *   status changed, and stays as stored otherwise.
 */
export function draftToInput(d: ClientDraft, now: number = Date.now()): Conversion {
  const issues: Issue[] = [];
  const ideal = parseDays(d.idealDays);
  const max = parseDays(d.maxDays);
  const daysMessage = t('clients_days_invalid', { max: MAX_CADENCE_DAYS });
  if (ideal === 'invalid') issues.push({ path: 'client.cadence.idealDays', message: daysMessage });
  if (max === 'invalid') issues.push({ path: 'client.cadence.maxDays', message: daysMessage });
  if (ideal === 'invalid' || max === 'invalid') return { ok: false, issues };

  // A half left empty is sent empty: the background fills it from the client's tags or Settings.
  let cadence: ClientInput['cadence'];
  if (ideal !== undefined || max !== undefined) cadence = { ...(ideal !== undefined && { idealDays: ideal }), ...(max !== undefined && { maxDays: max }) };

  const input: ClientInput = {
    name: d.name.trim(),
    preferredName: optional(d.preferredName),
    organisation: optional(d.organisation),
    emails: splitEmails(d.emails),
    phones: splitPhones(d.phones),
    domains: splitDomains(d.domains),
    tags: splitTags(d.tags),
    notes: {
      family: d.family,
      interests: d.interests,
      background: d.background,
      howWeMet: d.howWeMet,
      notes: d.notes,
    },
    matters: d.matters
      .map((m) => ({ m, people: peopleFromDrafts(m.people) }))
      .filter(({ m, people }) => people.length > 0 || [m.caseNumber, m.caseName, m.court, m.matterCode].some((v) => v.trim()))
      .map(({ m, people }) => ({
        id: m.id,
        caseNumber: optional(m.caseNumber),
        caseName: optional(m.caseName),
        court: optional(m.court),
        matterCode: optional(m.matterCode),
        people,
      })),
    goals: d.goals
      .filter((g) => g.text.trim() || g.acceptableOutcome.trim())
      .map((g) => ({
        id: g.id,
        text: g.text.trim(),
        acceptableOutcome: g.acceptableOutcome.trim(),
        status: g.status,
        updatedAt: goalChanged(g) ? now : g.saved!.updatedAt,
      })),
  };
  if (cadence) input.cadence = cadence;
  // Omit absent optionals rather than send `undefined` keys.
  if (input.preferredName === undefined) delete input.preferredName;
  if (input.organisation === undefined) delete input.organisation;
  for (const m of input.matters ?? []) {
    for (const k of ['caseNumber', 'caseName', 'court', 'matterCode'] as const) if (m[k] === undefined) delete m[k];
  }
  return { ok: true, input };
}

function goalChanged(g: GoalDraft): boolean {
  const s = g.saved;
  return !s || s.text.trim() !== g.text.trim() || s.acceptableOutcome.trim() !== g.acceptableOutcome.trim() || s.status !== g.status;
}

/** Stable comparison for the unsaved-changes guard. */
export function sameDraft(a: ClientDraft, b: ClientDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
