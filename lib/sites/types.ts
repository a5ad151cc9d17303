// What a site adapter reads off a host page. Adapters are pure: (document, url)
// in, ScreenContext out — no messaging, no UI, no timers — so every adapter can
// be tested against saved pages.

import type { DocketParty } from './efiling/pacer-parties';

export type PersonRole = 'from' | 'to' | 'cc' | 'bcc';

export interface Person {
  /** Lower-cased address when the page shows one. Outlook compose chips can hold a name only. */
  email?: string;
  name?: string;
  role: PersonRole;
}

export interface CaseRef {
  /** As shown on the page; the background normalises it. */
  caseNumber?: string;
  caseName?: string;
  /** Matter number / client billing code. */
  matterCode?: string;
  court?: string;
  /** Filing status as the portal words it ("Rejected by Court"). */
  status?: string;
  /** Portal's own id for the row (order number, envelope number). */
  ref?: string;
}

/** One message of an open thread, newest last, for reply tracking and e-mail-in logging. */
export interface MessageRef {
  id: string;
  from?: string;
  /** Epoch ms when the page states it. */
  at?: number;
}

export interface ScreenContext {
  /** Adapter id, e.g. "gmail", "outlook", "pacer". */
  site: string;
  url: string;
  subject?: string;
  threadId?: string;
  /** Everyone on screen except the signed-in user. De-duplicated by email. */
  people: Person[];
  cases: CaseRef[];
  messages?: MessageRef[];
  /** The signed-in user's own address, when the page names it (never sent as a person). */
  self?: string;
  /** "thread" (one conversation open), "compose", "docket" (a page about one case), "list". */
  view?: 'thread' | 'compose' | 'docket' | 'list';
  /** A CM/ECF docket's party table (efiling/pacer-parties.ts): the sidebar offers them as the matter's people. */
  parties?: DocketParty[];
}

export interface SiteAdapter {
  id: string;
  /** Cheap URL test; read() may still return null. */
  matches(url: URL): boolean;
  /** null when nothing worth a sidebar is on screen (inbox list, loading). */
  read(doc: Document, url: URL): ScreenContext | null;
  /**
   * Mail hosts: when `target` is a send button (click) or inside a compose form
   * (Ctrl/Cmd+Enter), the recipients being sent to; otherwise null.
   */
  sentTo?(target: Element, viaKeyboard: boolean, doc: Document): Person[] | null;
}
