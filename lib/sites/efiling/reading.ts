// How portal code reads case numbers without carrying the tables that say what
// one is. The adapters and the scanner ask a CaseReader; two implement it:
//   - lib/identity/case-reader.ts, the tables themselves (the background, unit
//     tests): every answer at once;
//   - createRemoteReader below, in the content scripts: broad candidates are
//     cut from the text here, and the background answers what each one is
//     (the readCases message). An answer not known yet is `undefined`; the
//     caller reads again once fetch() has brought it.
// Content-script code imports this file and never lib/identity/case-number.ts,
// courts.ts, state-formats.ts or the catalogue (the bundle budget test).

import { LIMITS } from '../../messaging/limits';
import type { ScreenContext } from '../types';

/** A case number found in a text: as printed, its reference (identity/case-number.ts caseRef), where. */
export interface CaseHit {
  raw: string;
  key: string;
  index: number;
}

/** What the background knows of a page from its host alone. */
export interface PageFacts {
  /** The court the host belongs to (identity/courts.ts ids), when known. */
  court?: string;
  /** Bare `21-40123` numbers are case numbers here (a bankruptcy or appeals court). */
  bare: boolean;
  /** A court portal of the catalogue that runs Odyssey. */
  odyssey: boolean;
}

export interface CaseReader {
  /** Case numbers in free text (identity/case-number.ts findCaseNumbers). */
  find(text: string, court?: string | null, bare?: boolean): CaseHit[] | undefined;
  /** The case number of a field that says it holds one (readCaseField). */
  field(text: string, court?: string | null): CaseHit | null | undefined;
  /** The number means something without its court (caseCandidates(raw) is not empty). */
  standalone(raw: string): boolean | undefined;
}

export interface PageReader extends CaseReader {
  page: PageFacts;
}

/** One question to the background; answers come as lists of hits (field / standalone: at most one). */
export interface CaseQuestion {
  q: 'find' | 'field' | 'standalone';
  text: string;
  court?: string;
  bare?: boolean;
}

export interface RemoteReader extends PageReader {
  /** Some answer was asked for and is not known yet. */
  pending(): boolean;
  /** Asks the background every question not yet answered (and learns the page's facts). */
  fetch(): Promise<void>;
}

// Candidates: maximal runs of the characters a case number's edges are judged
// by (identity/case-number.ts: a hit is never next to a letter, digit, _ / @ +
// - and never followed by "." or ":" and a word character). A hit therefore
// lies inside one run, and is judged the same inside the run as in the whole
// text. "MDL No. 2420" is the one form with a space: its run is taken whole.
const RUNS = /[\w/@+.:-]*MDL(?: No\.? ?| # ?)\d[\w/@+.:-]*|[\w/@+.:-]+/g;
// Every case number has a letter or a hyphen, a digit, and 7 characters at
// least: dates written with slashes, times, amounts and order numbers are not
// worth a question.
const worth = (s: string) => s.length > 6 && /\d/.test(s) && /[A-Za-z-]/.test(s);

/** The parts of a text that could hold a case number (what the background is asked about). */
export const candidates = (text: string): RegExpMatchArray[] => [...text.matchAll(RUNS)].filter((m) => worth(m[0]));

export function createRemoteReader(ask: (questions: CaseQuestion[]) => Promise<{ page: PageFacts; answers: CaseHit[][] }>): RemoteReader {
  const known = new Map<string, CaseHit[]>();
  const todo = new Map<string, CaseQuestion>();
  const get = (q: CaseQuestion) => {
    const id = [q.q, q.court ?? '', q.bare ? 1 : 0, q.text].join('\n');
    const a = known.get(id);
    if (!a) todo.set(id, q);
    return a;
  };
  const court = (c?: string | null) => (c ? c.slice(0, LIMITS.court) : undefined);
  const r: RemoteReader = {
    page: { bare: false, odyssey: false },
    find(text, c, bare) {
      const out: CaseHit[] = [];
      let unknown = false;
      for (const m of candidates(text)) {
        const a = get({ q: 'find', text: m[0].slice(0, LIMITS.caseText), court: court(c), bare: !!bare });
        if (a) for (const h of a) out.push({ ...h, index: h.index + m.index! });
        else unknown = true;
      }
      return unknown ? undefined : out;
    },
    field(text, c) {
      const a = get({ q: 'field', text: text.slice(0, LIMITS.caseText), court: court(c) });
      return a && (a[0] ?? null);
    },
    standalone(raw) {
      const a = get({ q: 'standalone', text: raw.slice(0, LIMITS.caseText) });
      return a && a.length > 0;
    },
    pending: () => todo.size > 0,
    async fetch() {
      const asked = [...todo].slice(0, LIMITS.cases);
      for (const [id] of asked) todo.delete(id);
      const reply = await ask(asked.map((a) => a[1]));
      r.page = reply.page;
      asked.forEach(([id], i) => known.set(id, reply.answers[i] ?? []));
    },
  };
  return r;
}

/** A portal's adapter: pure like every SiteAdapter, and told by `r` what a case number is. */
export interface PortalAdapter {
  id: string;
  matches(url: URL): boolean;
  read(doc: Document, url: URL, r: PageReader): ScreenContext | null;
}

/**
 * An adapter's reading through a remote reader: read, and while the reader
 * had to ask, fetch the answers and read again (each pass asks only what the
 * last one could not know). Null when the page cannot be read or Rapport is
 * unreachable: fail soft.
 */
export async function readPage(adapter: PortalAdapter, doc: Document, url: URL, r: RemoteReader): Promise<ScreenContext | null> {
  try {
    for (let pass = 0; pass < 5; pass++) {
      const context = adapter.read(doc, url, r);
      if (!r.pending()) return context;
      await r.fetch();
    }
  } catch {
    // Unreadable, or Rapport unreachable.
  }
  return null;
}
