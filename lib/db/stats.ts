// Per-client stats (schema.ts ClientStats): built from the client record and
// its history, updated by every write in the same transaction, never rebuilt
// by scanning. Pure functions over the record, plus one bounded history walk
// (`rescan`) for the rare write that can move "the newest" backwards (a
// deleted interaction, mail logged out of order).
import { emailDomain, normaliseName } from '../identity/normalise';
import { cadenceDates, cadenceState, resolveCadence, type CadenceDefaults, type CadenceState } from '../model/cadence';
import type { Client } from '../model/client';
import { filingState } from '../model/filing';
import { isClientContact } from '../model/interaction';
import { checkIn, MOOD_WINDOW } from '../mood/trend';
import { byTime, walkBack, type HistoryStore } from './history';
import type { ClientStats, MoodEntry, PageItem } from './schema';

/** Interactions a client's view shows, kept in its stats. */
export const RECENT_MAX = 5;

/** The client list's order: the normalised name, then the id so every key is unique (it doubles as the paging cursor). */
export const sortKey = (name: string, id: string) => `${normaliseName(name) ?? ''}\u0000${id}`;

/**
 * Search tokens for the `terms` index: the words of the name, preferred name,
 * organisation and tags (normalised as identity/normalise.ts normaliseName
 * does: case and accents folded, punctuation dropped) and each address's
 * domain. Addresses, case numbers and matter codes are searched through the
 * clients' identity keys instead (lib/db/search.ts), which hold them already.
 */
export function searchTerms(s: Pick<ClientStats, 'name' | 'preferredName' | 'organisation' | 'tags' | 'emails'>): string[] {
  const out = new Set<string>();
  const words = (text: string | undefined) => {
    const n = text ? normaliseName(text) : null;
    if (n) for (const w of n.split(' ')) out.add(w);
  };
  words(s.name);
  words(s.preferredName);
  words(s.organisation);
  for (const t of s.tags) words(t);
  for (const e of s.emails) {
    const d = emailDomain(e.toLowerCase());
    if (d) out.add(d);
  }
  return [...out];
}

/** What the mood trend keeps of an interaction. */
export const moodEntry = (i: PageItem): MoodEntry => (i.sentiment === undefined ? { at: i.at, id: i.id } : { at: i.at, id: i.id, sentiment: i.sentiment });

/** An open flag: a rejected filing nobody has acknowledged yet. */
export const isOpenFlag = (i: PageItem) =>
  i.kind === 'filing' && !!i.filing && i.filing.acknowledgedAt === undefined && filingState(i.filing.status) === 'rejected';

/**
 * Stats carrying the client's current fields (name, addresses, cadence
 * inputs), keeping what `prev` derived from the history. `defaults` are the
 * Settings cadences the resolved cadence falls back to.
 */
export function statsFor(client: Client, defaults: CadenceDefaults, prev?: ClientStats): ClientStats {
  const s: ClientStats = {
    id: client.id,
    name: client.name,
    emails: [...client.emails],
    caseNumbers: client.matters.flatMap((m) => (m.caseNumber ? [m.caseNumber] : [])),
    tags: [...client.tags],
    createdAt: client.createdAt,
    idealDays: 0,
    maxDays: 0,
    counts: prev?.counts ?? {},
    recent: prev?.recent ?? [],
    openFlags: prev?.openFlags ?? [],
    filings: prev?.filings ?? [],
  };
  // A record from before stats kept moods has none until open.ts derives them: keep it so.
  if (!prev) s.moods = [];
  else if (prev.moods) s.moods = prev.moods;
  if (client.preferredName) s.preferredName = client.preferredName;
  if (client.organisation) s.organisation = client.organisation;
  if (client.cadence) s.ownCadence = client.cadence;
  for (const k of ['lastContact', 'lastIn', 'lastOut', 'awaitingSince', 'trashedAt'] as const) if (prev?.[k] !== undefined) s[k] = prev[k];
  return withCadence(s, defaults);
}

/** Resolves the cadence again (after the client's cadence or tags, or the Settings cadences, changed). */
export function withCadence(s: ClientStats, defaults: CadenceDefaults): ClientStats {
  const c = resolveCadence({ cadence: s.ownCadence, tags: s.tags }, defaults);
  s.idealDays = c.idealDays;
  s.maxDays = c.maxDays;
  return s;
}

/**
 * Counts an interaction that was just added. Returns false when the stats can
 * no longer be derived from what they hold (mail sent between two messages
 * the client sent: the awaiting-reply clock) — the caller then runs rescan.
 */
export function addItem(s: ClientStats, i: PageItem): boolean {
  if (s.recent.length < RECENT_MAX || byTime(i, s.recent.at(-1)!) > 0) {
    s.recent = [...s.recent, i].sort((a, b) => byTime(b, a)).slice(0, RECENT_MAX);
  }
  // No moods yet (a record from before they were kept): open.ts derives all ten from the history.
  // A call with opposing counsel says nothing about how the client feels.
  const moods = s.moods;
  if (moods && !i.aboutPerson && (moods.length < MOOD_WINDOW || byTime(i, moods[0]!) > 0)) s.moods = [...moods, moodEntry(i)].sort(byTime).slice(-MOOD_WINDOW);
  return countItem(s, i);
}

/** addItem but for the newest interactions and moods (which statsWithHistory takes from the history's tail). */
function countItem(s: ClientStats, i: PageItem): boolean {
  s.counts[i.kind] = (s.counts[i.kind] ?? 0) + 1;
  if (isClientContact(i) && !(i.at <= (s.lastContact ?? -Infinity))) s.lastContact = i.at;
  if (i.kind === 'filing' && i.messageId && !s.filings.some((f) => f.key === i.messageId)) s.filings.push({ key: i.messageId, id: i.id, at: i.at });
  if (isOpenFlag(i)) s.openFlags.push({ id: i.id, at: i.at });
  // Mail with someone on a matter (opposing counsel) is not the client waiting for us.
  if (i.kind === 'email-in' && !i.aboutPerson) {
    if (!(i.at <= (s.lastIn ?? -Infinity))) s.lastIn = i.at;
    // Waiting starts at the client's first message after our last one.
    if (!(i.at <= (s.lastOut ?? -Infinity))) s.awaitingSince = Math.min(s.awaitingSince ?? i.at, i.at);
  }
  if (i.kind === 'email-out' && !i.aboutPerson) {
    if (!(i.at <= (s.lastOut ?? -Infinity))) s.lastOut = i.at;
    if (s.awaitingSince !== undefined && s.awaitingSince <= i.at) {
      // Answered — unless the client wrote again after this reply.
      if (s.lastIn !== undefined && s.lastIn > i.at) return false;
      delete s.awaitingSince;
    }
  }
  return true;
}

/** Uncounts a removed interaction. Returns false when the newest-of values need a rescan. */
export function removeItem(s: ClientStats, i: PageItem): boolean {
  const n = (s.counts[i.kind] ?? 0) - 1;
  if (n > 0) s.counts[i.kind] = n;
  else delete s.counts[i.kind];
  s.openFlags = s.openFlags.filter((f) => f.id !== i.id);
  if (i.kind === 'filing') s.filings = s.filings.filter((f) => f.id !== i.id);
  const shown = s.recent.some((r) => r.id === i.id);
  s.recent = s.recent.filter((r) => r.id !== i.id);
  // One of the last ten left: the eleventh newest takes its place, from the history.
  const inMoods = !!s.moods?.some((m) => m.id === i.id);
  s.moods = s.moods?.filter((m) => m.id !== i.id);
  return !(
    shown ||
    inMoods ||
    (isClientContact(i) && i.at === s.lastContact) ||
    (i.kind === 'email-in' && !i.aboutPerson && (i.at === s.lastIn || i.at === s.awaitingSince)) ||
    (i.kind === 'email-out' && !i.aboutPerson && i.at === s.lastOut)
  );
}

/**
 * Re-derives last contact, last e-mail in and out, the awaiting-reply clock,
 * the newest interactions and the last ten moods from the client's history,
 * newest first, reading only as far back as it must.
 */
export async function rescan(store: HistoryStore, s: ClientStats): Promise<ClientStats> {
  let contact: number | undefined;
  let lastIn: number | undefined;
  let lastOut: number | undefined;
  const recent: PageItem[] = [];
  const moods: MoodEntry[] = [];
  // Messages from the client newer than (or as new as) our newest reply.
  const unanswered: number[] = [];
  await walkBack(store, s.id, (i) => {
    if (recent.length < RECENT_MAX) recent.push(i);
    if (contact === undefined && isClientContact(i)) contact = i.at;
    if (i.aboutPerson) return false;
    if (moods.length < MOOD_WINDOW) moods.push(moodEntry(i));
    if (i.kind === 'email-in') {
      lastIn ??= i.at;
      if (lastOut === undefined) unanswered.push(i.at);
    }
    if (i.kind === 'email-out') lastOut ??= i.at;
    return contact !== undefined && lastIn !== undefined && lastOut !== undefined && recent.length >= RECENT_MAX && moods.length >= MOOD_WINDOW;
  });
  s.recent = recent;
  s.moods = moods.reverse();
  // A message at the very moment of our reply counts as answered, as in addItem.
  const after = unanswered.filter((at) => !(at <= (lastOut ?? -Infinity)));
  const waiting = after.length ? Math.min(...after) : undefined;
  for (const [k, v] of [
    ['lastContact', contact],
    ['lastIn', lastIn],
    ['lastOut', lastOut],
    ['awaitingSince', waiting],
  ] as const) {
    if (v === undefined) delete s[k];
    else s[k] = v;
  }
  return s;
}

/**
 * Stats of a client with `items` as its whole history (a new client in a bulk
 * write, a migration). `sorted`: the items are in time order already.
 */
export function statsWithHistory(client: Client, defaults: CadenceDefaults, items: readonly PageItem[], sorted = false): ClientStats {
  const s = statsFor(client, defaults);
  const inOrder = sorted ? items : [...items].sort(byTime);
  // In time order addItem never needs a rescan: each item is the newest so far.
  // What it keeps of the newest — the recent list and the last moods — is then
  // the history's tail: taken once here rather than re-sorted with each item
  // (a bulk write counts 200,000 of them).
  for (const i of inOrder) countItem(s, i);
  s.recent = inOrder.slice(-RECENT_MAX).reverse();
  const moods: MoodEntry[] = [];
  for (let k = inOrder.length - 1; k >= 0 && moods.length < MOOD_WINDOW; k--) if (!inOrder[k]!.aboutPerson) moods.push(moodEntry(inOrder[k]!));
  s.moods = moods.reverse();
  return s;
}

/**
 * Sets or clears the index fields before a put: a live client is in the
 * list, search, cadence and flag indexes; a trashed one in none of them.
 */
export function seal(s: ClientStats): ClientStats {
  if (s.trashedAt !== undefined) {
    delete s.sort;
    delete s.terms;
    delete s.dueAt;
    delete s.overdueAt;
    delete s.flagged;
    delete s.checkIn;
    return s;
  }
  s.sort = sortKey(s.name, s.id);
  // Each term carries the sort key, so a term's matches come back in name order with their place in the list.
  s.terms = searchTerms(s).map((t) => `${t}\u0000${s.sort}`);
  const { dueAt, overdueAt } = cadenceDates(s.lastContact, s.createdAt, s);
  s.dueAt = dueAt;
  s.overdueAt = overdueAt;
  if (s.openFlags.length) s.flagged = 1;
  else delete s.flagged;
  const check = checkIn(s.moods ?? []);
  if (check.raised && check.since !== undefined) s.checkIn = check.since;
  else delete s.checkIn;
  return s;
}

/** The last ten moods of each client, from `items` in key order (a run of history pages: each client's oldest first). */
export function lastMoods(items: Iterable<{ clientId: string; item: PageItem }>): Map<string, MoodEntry[]> {
  const out = new Map<string, MoodEntry[]>();
  for (const { clientId, item } of items) {
    if (item.aboutPerson) continue;
    const list = out.get(clientId) ?? [];
    list.push(moodEntry(item));
    if (list.length > MOOD_WINDOW) list.shift();
    out.set(clientId, list);
  }
  return out;
}

/**
 * Bumped when what stats derive from the history changes: open.ts then
 * derives the new fields for every stored record once (2: the last ten moods
 * and the check-in flag).
 */
export const STATS_VERSION = 2;

/** The cadence state the client is in at `now`. */
export const cadenceOf = (s: ClientStats, now: number): CadenceState =>
  cadenceState(s.lastContact, { idealDays: s.idealDays, maxDays: s.maxDays }, now, s.createdAt);

/** Total interactions. */
export const totalOf = (s: ClientStats) => Object.values(s.counts).reduce((n, c) => n + (c ?? 0), 0);
