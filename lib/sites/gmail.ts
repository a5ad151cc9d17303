// Gmail adapter: the open conversation → ScreenContext. Pure: (document, url) in, no
// messaging, timers or layout reads. Facts and selectors: ../../../shared/HOST-PAGES.md.
//
// Page flow: Gmail is one page; views (inbox list, a thread, search …) live side by side
// under `div.aeF > div.nH` and the inactive ones get inline `display:none`. While loading,
// `[role=main]` is absent. So: read only messages that are inside `[role=main]` and have no
// hidden ancestor, and return null when there are none.
import type { MessageRef, Person, PersonRole, ScreenContext, SiteAdapter } from './types';

/** Where the Gmail content script runs. Kept here, not in hosts.ts, so the Gmail bundle does not pull in the portal tables. */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];

// Ordered fallbacks, newest / most stable first. The first selector that yields a visible
// element wins.
const SUBJECT = [
  'h2.hP', // 2025-06 current UI
  '.ha h2', // 2014 classic UI
];
// One selector for every message container, ids or not: the first three are
// the 2025-06 UI (expanded and collapsed, with data-message-id="#msg-f:…" and
// data-legacy-message-id); `div.adf.ads` is how a real 2019 thread's collapsed
// messages look, with no id at all, and 2016 threads carry no ids either
// (HOST-PAGES.md, checked 2026-11). A message without an id still names people;
// it only cannot be logged (there is nothing to log it once by).
const MESSAGE = ['div.adn[data-legacy-message-id], div.adn[data-message-id], div.adn.ads, div.adf.ads'];
const SENDER = [
  'span.gD[email]', // 2025-06 h3.iw > span.qu > span.gD[email][name]
  'td.gF span[email]', // 2025-06 sender cell, any span with an address
  'span.zF[email], span.yP[email]', // 2014–2019 list-style sender chips (collapsed messages)
  'span[email]:not(span.hb span)', // 2019 collapsed div.adf.ads: the sender's chip, whatever its class
];
// The user's own chip reads "me" in the UI language (HOST-PAGES.md: "me", "я",
// "我", "mí"), with the user's address in `email`. Only words no contact is
// displayed as: first names such as "Ben" are never on this list.
const ME = new Set(['me', 'я', '我', 'mí', 'moi', 'mich', 'mir', 'mij', 'mim', 'mnie', '自分', '나', 'mig', 'minä']);
// 2025-06 recipients line: span.hb > span.g2[email][name]; collapsed (.kv) messages omit it.
const RECIPIENTS = 'span.hb';
const DATE = 'span.g3[title]'; // 2025-06 "Tue, Nov 3, 2026, 9:14 AM"; 2014 "Thu, Dec 18, 2014 at 12:35 PM"
const THREAD = [
  '[data-legacy-thread-id]', // 2025-06 on h2.hP, hex
  '[data-thread-perm-id]', // 2025-06 "thread-f:…", sometimes the literal "undefined"
];
const ACCOUNT = [
  '#gb a[aria-label*="@"]', // 2025-06 account button "Google Account: Jane Doe (jane@firm.com)"
  'header a[aria-label*="@"]', // 2025-06 same button if the #gb id goes
  '#gb [data-email]', // 2025-06 account switcher entries
];

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:.]+$/;

/** Lower-cased address, or undefined when the value is not an address. */
const addr = (v?: string | null): string | undefined => {
  const e = v?.trim().toLowerCase();
  return e && EMAIL.test(e) ? e : undefined;
};

/** Display name as plain text (attribute values are never parsed as HTML). */
const clean = (v?: string | null): string | undefined => v?.replace(/\s+/g, ' ').trim().slice(0, 200) || undefined;

/** Inline-style / attribute check only: Gmail hides views with `style="display:none"`. */
const hidden = (el: Element) =>
  el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/** No hidden ancestor, and inside `[role=main]`. */
function shown(el: Element): boolean {
  let main = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (hidden(e)) return false;
    if (e.getAttribute('role') === 'main') main = true;
  }
  return main;
}

const any = () => true;

/** Elements of the first selector that yields any passing `ok`. */
function pick(root: ParentNode, sels: string[], ok: (el: Element) => boolean = shown): Element[] {
  for (const s of sels) {
    const found = [...root.querySelectorAll(s)].filter(ok);
    if (found.length) return found;
  }
  return [];
}

/** Adds or merges a person: de-duplicated by email, first role kept unless a later one is 'from'. */
function add(out: Person[], email: string | undefined, name: string | null | undefined, role: PersonRole, self?: string) {
  if (!email || email === self) return;
  const n = clean(name);
  const named = n && n.toLowerCase() !== email ? n : undefined;
  const p = out.find((x) => x.email === email);
  if (!p) out.push(named ? { email, name: named, role } : { email, role });
  else {
    if (role === 'from') p.role = role;
    if (!p.name && named) p.name = named;
  }
}

const person = (out: Person[], el: Element, role: PersonRole, self?: string) =>
  add(out, addr(el.getAttribute('email')), el.getAttribute('name'), role, self);

/**
 * Recipients of one message header. The line reads "to me, Sam, cc: Priya"; a text node
 * saying cc / bcc switches the role for the chips after it. Without one, everyone is 'to'.
 */
function recipients(hb: Element, out: Person[], self?: string) {
  let role: PersonRole = 'to';
  const walk = (n: Node): void =>
    n.childNodes.forEach((c) => {
      if (c.nodeType === 3) {
        const m = /\b(b?cc)\b/i.exec(c.nodeValue ?? '');
        if (m) role = m[1]!.toLowerCase() as PersonRole;
      } else if (c.nodeType === 1) {
        if ((c as Element).hasAttribute('email')) person(out, c as Element, role, self);
        else walk(c);
      }
    });
  walk(hb);
}

/** Epoch ms from a Gmail date tooltip; undefined unless it names an English month and the year survives parsing. */
function when(title?: string | null): number | undefined {
  const s = title?.replace(/[\u202f\u00a0]/g, ' ').replace(/ at /, ' ') ?? '';
  const y = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(s) ? /\b\d{4}\b/.exec(s) : null;
  const t = y ? Date.parse(s) : NaN;
  // NaN never equals a year, so an unparseable title drops out here too.
  return y && new Date(t).getFullYear() === +y[0] ? t : undefined;
}

const threadId = (el: Element): string | undefined => {
  const l = el.getAttribute('data-legacy-thread-id');
  if (l && /^[\da-f]{6,}$/i.test(l)) return l;
  const p = el.getAttribute('data-thread-perm-id')?.trim();
  return p && p !== 'undefined' && p !== 'null' ? p : undefined;
};

/** The signed-in user's address, or undefined. Content scripts cannot read Gmail's GLOBALS. */
export function gmailUserEmail(doc: Document): string | undefined {
  // 2025-06: title "Inbox (3) - jane@firm.com - Gmail" / "Subject - jane@firm.com - Gmail".
  // The subject may hold addresses too, so take the last segment that is one.
  for (const part of doc.title.split(' - ').reverse()) {
    const e = addr(part);
    if (e) return e;
  }
  for (const el of pick(doc, ACCOUNT, any)) {
    const m = /[^\s()<>"',;:]+@[^\s()<>"',;:]+/.exec(el.getAttribute('data-email') || el.getAttribute('aria-label') || '');
    const e = addr(m?.[0]);
    if (e) return e;
  }
}

/** The user's address from their own "me" chip in the open messages (pages whose title names nobody). */
function selfFromChip(msgs: Element[]): string | undefined {
  for (const m of msgs)
    for (const chip of m.querySelectorAll('span[email]')) {
      const text = chip.textContent?.trim().toLowerCase() ?? '';
      if (ME.has(text)) return addr(chip.getAttribute('email'));
    }
}

export function readGmail(doc: Document, url: URL): ScreenContext | null {
  try {
    // A collapsed message inside an expanded one's container is the same message.
    const all = pick(doc, MESSAGE);
    const msgs = all.filter((m) => !all.some((o) => o !== m && o.contains(m)));
    if (!msgs.length) return null;
    const self = gmailUserEmail(doc) ?? selfFromChip(msgs);
    const people: Person[] = [];
    const messages: MessageRef[] = [];
    for (const m of msgs) {
      // One message at a time: whatever it lacks, the others are still read.
      try {
        const sender = pick(m, SENDER, any)[0];
        const from = addr(sender?.getAttribute('email'));
        if (sender) person(people, sender, 'from', self);
        m.querySelectorAll(RECIPIENTS).forEach((hb) => recipients(hb, people, self));
        const id = (m.getAttribute('data-legacy-message-id') || m.getAttribute('data-message-id') || '').replace(/^#/, '');
        if (!id) continue;
        const ref: MessageRef = { id };
        const at = when(m.querySelector(DATE)?.getAttribute('title'));
        if (from) ref.from = from;
        if (at !== undefined) ref.at = at;
        messages.push(ref);
      } catch {
        // A malformed message names nobody; the thread is still read.
      }
    }
    const subj = pick(doc, SUBJECT)[0];
    // The subject heading carries the ids in the 2025 UI; elsewhere skip list rows (tr.zA
    // carries list-row thread ids that a split-pane view keeps visible).
    const tid =
      (subj && threadId(subj)) ||
      pick(doc, THREAD, (e) => shown(e) && !e.closest('tr') && !!threadId(e)).map(threadId)[0];
    const ctx: ScreenContext = { site: 'gmail', url: url.href, people, cases: [], messages, view: 'thread' };
    const subject = clean(subj?.textContent);
    if (subject) ctx.subject = subject;
    if (tid) ctx.threadId = tid;
    if (self) ctx.self = self;
    return ctx;
  } catch {
    return null;
  }
}

/**
 * Recipients of one compose form (to, cc, bcc in that order), for send logging. Does not
 * drop the user's own address: filter with gmailUserEmail() if needed.
 */
export function readGmailCompose(root: Element): Person[] {
  const out: Person[] = [];
  for (const role of ['to', 'cc', 'bcc'] as const) {
    // 2021+ chips: address in data-hovercard-id, name in data-name.
    const chips = root.querySelectorAll(`[name=${role}] [role=option][data-hovercard-id]`);
    if (chips.length)
      chips.forEach((c) => add(out, addr(c.getAttribute('data-hovercard-id')), c.getAttribute('data-name'), role));
    // 2014 classic: textarea.vO[name=to] / hidden input, value "Name <email>, other@x.com".
    else
      root.querySelectorAll(`input[name=${role}],textarea[name=${role}]`).forEach((i) => {
        for (const m of (i as HTMLInputElement).value.matchAll(/(?:"([^"]*)"|([^,<>"]*))\s*<([^<>]*)>|([^\s,<>"]+)/g))
          add(out, addr(m[3] ?? m[4]), m[1] ?? m[2], role);
      });
  }
  return out;
}

// Send buttons, newest first. 2025: `.IZ .Up div > div[role=button]` minus the
// schedule-send arrow (.Uo / aria-haspopup); 2014–2025: the blue `T-I-atl` button.
const SEND = ['.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])', 'div.T-I.T-I-atl'];
// The compose form around a send button or the focused body: pop-out or docked
// compose (div.M9 inside [role=dialog]) and inline replies (a form under the message).
const COMPOSE = ['div.M9', '[role=dialog]', 'form'];

/** Recipients a click on Send (or Ctrl/Cmd+Enter inside a compose form) sends to, minus the user. */
export function gmailSentTo(target: Element, viaKeyboard: boolean, doc: Document): Person[] | null {
  if (!viaKeyboard && !SEND.some((s) => target.closest(s))) return null;
  const root = COMPOSE.map((s) => target.closest(s)).find((e) => e?.querySelector('[name=to]'));
  if (!root) return null;
  const self = gmailUserEmail(doc);
  return readGmailCompose(root).filter((p) => p.email !== self);
}

// Layout: where the sidebar's width is reserved, found by structure. Each list is
// ordered newest / most stable first.
const MAIN_COLUMN = [
  'div.no > div.nn.bkK', // 2018–2025: the main column in the row beside the left nav (.aeN) and add-on panel (.bnl)
  'div.bkK', // 2023–2025: the same column wherever its row is
  'div.aeF', // 2014–2025: the views container itself, on pages without that column
];
const VIEWS = 'div.aeF, [role=main]';
// 2014–2025: the compose windows' dock (`div.dw`), docked at the window's bottom right.
const COMPOSE_DOCK = 'div.dw';
// 2025: the right-hand app column (side panel content `.brC-brG`, its icon rail
// `.brC-aT5-aOt-Jw`, older `.aUx`); 2017: the add-on panel `.no > .bnl`.
export const GMAIL_RIGHT_COLUMN = 'div.brC-brG, div.brC-aT5-aOt-Jw, div.aUx, div.no > div.bnl';

/**
 * The containers that must end left of the sidebar: the main column holding the
 * views (first), then the compose dock if there is one. Empty when Gmail's layout
 * is not recognised (the sidebar then overlays).
 */
export function gmailColumns(doc: Document): Element[] {
  for (const sel of MAIN_COLUMN)
    for (const el of doc.querySelectorAll(sel))
      if (el.matches(VIEWS) || el.querySelector(VIEWS)) {
        const dock = doc.querySelector(COMPOSE_DOCK);
        return dock && !dock.contains(el) && !el.contains(dock) ? [el, dock] : [el];
      }
  return [];
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
  read: readGmail,
  sentTo: gmailSentTo,
};
