// The client list and its search, read from indexes: no client record is read
// and nothing is scanned in memory.
//
// - No query: the stats' `sort` index in order, `limit` at a time from the
//   cursor (the last row's sort key).
// - A query is split on spaces; every piece must match (AND), each piece by
//   prefix (OR over where it may match):
//     · words (names, organisation, tags, e-mail domains): the stats' `terms`
//       index, each word of the piece a prefix of some term;
//     · an address ("maria@alv", "liam.obrien"): the clients' identity keys
//       `email:<prefix>`;
//     · anything with a digit: identity keys `case:<system>:` (as typed or
//       without hyphens, under every system; or the number's own keys) and `matter:`, and terms (a digit in a name).
//   Word ranges are walked key by key (each entry carries the client's sort
//   key), address and case ranges read as ids; the matches are intersected,
//   ordered by sort key and cut at the cursor, and only the page's stats
//   records are read.
//
// Precision first: prefixes of whole words, never substrings inside a word,
// and a case number only from its start.
import { unwrap } from 'idb';
import { caseCandidates } from '../identity/case-number';
import { STATE_SYSTEMS } from '../identity/courts';
import { normaliseMatterCode, normaliseName } from '../identity/normalise';
import type { Db } from './open';
import type { ClientStats } from './schema';
import { liveCount } from './counts';
import { readTx, type ReadTx } from './write';

// Case keys carry their system (`case:US:20-CV-03010`, `case:CA:22STCV11897`):
// a number being typed is looked for as a prefix under each system: every
// state, those without a table too (a matter with its court there is keyed
// by the number itself). A state's key is letters and digits only
// (case-number.ts), so under a state it is looked for that way alone; a
// federal key keeps its hyphens.
const CASE_STATES = STATE_SYSTEMS;

const prefix = (p: string) => IDBKeyRange.bound(p, `${p}\uffff`);

/** A prefix in the stats' search terms (or, `exact`, a whole term), or a prefix in the clients' identity keys. */
type Range = { terms: string; exact?: boolean } | { keys: string };
/**
 * One piece of a query: it matches a client when any alternative does, and
 * an alternative matches when all its ranges do.
 */
type Requirement = Range[][];

export function queryRequirements(query: string): Requirement[] {
  const out: Requirement[] = [];
  // "22 STCV 11897": a case number typed with spaces is one piece, not three.
  const whole = query.trim();
  const pieces = /\s/.test(whole) && caseCandidates(whole).length ? [whole.replace(/\s+/g, '')] : whole.split(/\s+/).filter(Boolean);
  for (const piece of pieces) {
    const lower = piece.toLowerCase().replace(/^mailto:/, '');
    const address: Range[] = [{ keys: `email:${lower}` }];
    if (piece.includes('@')) {
      out.push([address]);
      continue;
    }
    if (/\d/.test(piece)) {
      const upper = piece.toUpperCase();
      const keys = new Set(caseCandidates(piece).map((c) => c.key));
      // A federal number is keyed without its office digit ("3:22-cv-012…" → "22-CV-012…").
      const federal = upper.replace(/^\d:/, '');
      keys.add(`case:US:${federal}`);
      keys.add(`case:US:${upper}`);
      const core = upper.replace(/[^A-Z0-9]/g, '');
      if (core) for (const state of CASE_STATES) keys.add(`case:${state}:${core}`);
      const mc = normaliseMatterCode(piece);
      if (mc) keys.add(`matter:${mc}`);
      const word = normaliseName(piece)?.replace(/ /g, '');
      out.push([...[...keys].map((k): Range[] => [{ keys: k }]), ...(word ? [[{ terms: word }]] : []), address]);
      continue;
    }
    // "o'brien" is the terms "o" and "brien", both required — the words before the last one whole,
    // since the user has typed past them ("o" alone would be a prefix of thousands) — or the
    // start of an address ("liam.obrien").
    const words = normaliseName(piece)?.split(' ') ?? [];
    if (words.length) out.push([words.map((w, i): Range => ({ terms: w, exact: i < words.length - 1 })), address]);
  }
  return out;
}

/**
 * An index's [key, primary key] pairs over a range. A key cursor driven by
 * its own callbacks: each step is an event, not a promise and a microtask as
 * well (a word matching 200 clients is 200 steps).
 */
function indexEntries(index: IDBIndex, range: IDBKeyRange): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const out: [string, string][] = [];
    const request = index.openKeyCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      out.push([cursor.key as string, cursor.primaryKey as string]);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Ids matching one requirement. Term ranges are walked key by key: a term
 * entry is `<token>\0<sort key>`, so each match's place in the list comes
 * with it (into `sortOf`) and no record is read to order the matches.
 * Identity-key ranges give ids only.
 */
async function idsFor(tx: ReadTx, r: Requirement, sortOf: Map<string, string>): Promise<Set<string>> {
  const terms = tx.objectStore('stats').index('terms');
  const keys = tx.objectStore('clients').index('keys');
  const read = async (range: Range): Promise<string[]> => {
    if ('keys' in range) return keys.getAllKeys(prefix(range.keys));
    const ids: string[] = [];
    const span = range.exact ? prefix(`${range.terms}\u0000`) : prefix(range.terms);
    for (const [key, id] of await indexEntries(unwrap(terms), span)) {
      sortOf.set(id, key.slice(key.indexOf('\u0000') + 1));
      ids.push(id);
    }
    return ids;
  };
  const alternatives = await Promise.all(
    r.map(async (all) => {
      const sets = (await Promise.all(all.map(read))).map((ids) => new Set(ids));
      return [...sets[0]!].filter((id) => sets.every((s) => s.has(id)));
    }),
  );
  return new Set(alternatives.flat());
}

export interface ListPage {
  clients: ClientStats[];
  total: number;
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

export async function listClientsPage(db: Db, query: string, limit: number, after?: string): Promise<ListPage> {
  const tx = readTx(db, ['clients', 'stats']);
  const sort = tx.objectStore('stats').index('sort');
  const from = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  const requirements = queryRequirements(query);

  if (!requirements.length) {
    const [total, rows] = await Promise.all([liveCount(db, Date.now()), sort.getAll(from, limit + 1)]);
    return page(rows, limit, total);
  }

  const sortOf = new Map<string, string>();
  const sets = await Promise.all(requirements.map((r) => idsFor(tx, r, sortOf)));
  sets.sort((a, b) => a.size - b.size);
  const matches = [...sets[0]!].filter((id) => sets.every((s) => s.has(id)));
  const total = matches.length;
  if (!total) return { clients: [], total };
  const stats = tx.objectStore('stats');
  // Matches by address or case number only have no sort key yet: read those few.
  const found = new Map<string, ClientStats>();
  for (const s of await Promise.all(matches.filter((id) => !sortOf.has(id)).map((id) => stats.get(id)))) {
    if (s?.sort) {
      found.set(s.id, s);
      sortOf.set(s.id, s.sort);
    }
  }
  // Order by place in the list, cut at the cursor, and read only the page's records.
  const ordered = matches
    .filter((id) => sortOf.has(id) && (after === undefined || sortOf.get(id)! > after))
    .sort((a, b) => (sortOf.get(a)! < sortOf.get(b)! ? -1 : 1))
    .slice(0, limit + 1);
  const rows = await Promise.all(ordered.map((id) => found.get(id) ?? stats.get(id)));
  return page(
    rows.filter((s): s is ClientStats => !!s),
    limit,
    total,
  );
}

function page(rows: ClientStats[], limit: number, total: number): ListPage {
  const clients = rows.slice(0, limit);
  return rows.length > limit ? { clients, total, next: clients.at(-1)!.sort } : { clients, total };
}
