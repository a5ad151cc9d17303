// Outlook on the web adapter: the open conversation or compose form → ScreenContext. Pure:
// (document, url) in; no messaging, timers or layout reads. Facts: ../../../shared/HOST-PAGES.md.
//
// Page flow (new Outlook, 2023+, one SPA on every host below):
//   /mail/<folder>                  mail list, empty reading pane            → null
//   /mail/<folder>/id/<ItemID>      conversation in the reading pane          → 'thread'
//   /mail/0/<folder>/id/<ItemID>    same on outlook.live.com (account index)
//   new mail, inline reply, pop-out (`[data-app-section=Form_Content]`)       → 'compose'
//
// Aria labels are localised ("From:" / "Von:", "Email message" / "E-Mail-Nachricht") and
// class names are hashed (.XbIp4 …), so people are found by address pattern inside
// structural regions (data-testid, ids, roles); labels are hints only. The first address
// in a message header is its sender; recipients sit in the RecipientWell lines.
import type { MessageRef, Person, PersonRole, ScreenContext, SiteAdapter } from './types';

const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];
/** Manifest match patterns. Defender for Cloud Apps proxies append `.mcas.ms` to the host. */
export const OUTLOOK_MATCHES = HOSTS.flatMap((h) => [`https://${h}/*`, `https://${h}.mcas.ms/*`]);

// Ordered fallbacks, newest first; the first that matches wins.
const PANE = [
  '#ConversationReadingPaneContainer [data-app-section=ConversationContainer]', // 2025-11 conversation view
  '[role=main][data-app-section=MailReadCompose]', // 2025-11
  '#ReadingPaneContainerId', // 2023-05 first new-Outlook builds
];
// A pop-out reading window (/mail/deeplink/read/<ItemID>, 2023+) has no folder
// pane, list or reading-pane container: its [role=main] is the message. Taken
// only when it holds a message anchor, so an inbox's main region never counts.
const POPOUT_MAIN = '[role=main]';
const FORM = [
  '[data-app-section=Form_Content]', // 2025-11 pop-out compose window
  '[role=main]', // 2025-11 new mail / inline reply inside the reading pane
];
// 2025-11 compose To, Cc, Bcc wells in that order; the body editor is the multiline one.
const WELLS = '[contenteditable=true]:not([aria-multiline=true])';
// One anchor per message, each widened to its message; the first selector with hits wins.
const ANCHOR = [
  '[data-testid=SentReceivedSavedTime]', // 2025-11 header time, collapsed and expanded messages
  '[aria-label="Email message"]', // 2025-11 English UI only
  '[id^=UniqueMessageBody_]', // 2025-11 body, expanded messages only
  '[data-testid=RecipientWell]', // 2025-11
];
const RECIPIENTS = '[data-testid=RecipientWell]'; // 2025-11 one "To: …" / "Cc: …" line each
const BODY = '[id^=UniqueMessageBody_],[aria-label="Message body"],[role=document]'; // 2025-11
const SUBJECT = '[role=heading][title]'; // 2025-11 div[role=heading][title=<subject>]
const TIME = '[data-testid=SentReceivedSavedTime]'; // 2025-11
const SELECTED = '#MailList [aria-selected=true][data-convid]'; // 2025-11 selected list row
const FROM_HINT = '[aria-label^="From:"]'; // 2025-11 English UI only; text "Name<email>"
const NOT_SENDER = `${RECIPIENTS},${BODY},${SUBJECT},[contenteditable],script,style`;
const SELF: [string, string?][] = [
  ['[id^=primaryMailboxRoot][data-folder-name]', 'data-folder-name'], // 2025-11 folder tree root = mailbox address
  ['[id^=primaryMailboxRoot][title]', 'title'], // 2025-11 same node
  ['#mectrl_currentAccount_secondary'], // 2023 Microsoft account manager (text)
];
const SELF_NAME = '#mectrl_currentAccount_primary'; // 2023 account manager display name

const E = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const EG = new RegExp(E.source, 'g');
/** An element whose whole text is one "Name <email>" (name and address may sit in child spans). */
const UNIT = new RegExp(`^[^@;\\n]*<\\s*${E.source}\\s*>\\s*$`);
const ROLES: PersonRole[] = ['to', 'cc', 'bcc'];

/** Cc / Bcc as most locales write them (Cci, CCO, Ccn are Bcc); undefined for anything else. */
const roleOf = (l: string): PersonRole | undefined =>
  /^(bcc|cc[ion])/i.test(l) ? 'bcc' : /^cc/i.test(l) ? 'cc' : undefined;

/** Adds or merges a person: keyed by email (else name); 'from' wins, the longer name wins. */
function add(out: Person[], email: string, name: string, role: PersonRole) {
  const e = email.toLowerCase();
  const n = name.replace(/^[\s"',]+|[\s"'<]+$/g, '').slice(0, 200);
  const k = e || n.toLowerCase();
  if (!k) return;
  const p = out.find((o) => (o.email || o.name!.toLowerCase()) === k);
  if (!p) out.push(e ? (n ? { email: e, name: n, role } : { email: e, role }) : { name: n, role });
  else {
    if (role === 'from') p.role = role;
    if (n.length > (p.name?.length ?? 0)) p.name = n;
  }
}

/**
 * Text of `el`, one person per line: an element whose text is "Name <email>" stays whole; an
 * element holding one address only in aria-label / title (persona buttons, avatars) becomes
 * "<its text><email>"; the text of images (avatar initials) and of elements matching `skip` is dropped.
 * Everything is read as text, never as HTML.
 */
function flat(el: Element, skip: string): string {
  const t = el.textContent ?? '';
  if (t.length < 300 && UNIT.test(t) && !el.querySelector(skip)) return `\n${t}\n`;
  const img = el.getAttribute('role') === 'img';
  if (img || !E.test(t)) {
    const a = [el.getAttribute('aria-label'), el.getAttribute('title')].find((v) => v?.match(EG)?.length === 1);
    // The name is the element's own text: the rest of a label can be "Remove" or "From:".
    if (a) return `\n${img ? '' : t}<${a.match(E)![0]}>\n`;
    if (img) return '';
  }
  let s = '\n';
  el.childNodes.forEach((c) => {
    s += c.nodeType === 3 ? c.nodeValue : c.nodeType === 1 && !(c as Element).matches(skip) ? flat(c as Element, skip) : '';
  });
  return s + '\n';
}

/**
 * People in flattened text. A leading "Label:" switches the role (Cc, Bcc; anything else is
 * 'to'); a line may be "Name <email>", bare addresses, or (with `names`) a name only.
 */
function parse(text: string, role: PersonRole, names: boolean, out: Person[]) {
  for (let s of text.split(/[\n;]/)) {
    s = s.replace(/[\s\u200b]+/g, ' ').trim();
    const l = /^([^\s\d:<>@]{1,15}) ?: ?(.*)$/.exec(s);
    if (l) {
      role = roleOf(l[1]!) ?? 'to';
      s = l[2]!;
    }
    const all = s.match(EG);
    if (all?.length === 1) add(out, all[0]!, s.slice(0, s.indexOf(all[0]!)), role);
    else if (all) all.forEach((e) => add(out, e, '', role));
    // Names only: no digits ("+2 others"), colons or stray labels.
    else if (names && s && s.length < 80 && !/[\d:@]/.test(s)) add(out, '', s, role);
  }
}

/** The signed-in user's address, lower-cased, or undefined. */
export function outlookUserEmail(doc: Document): string | undefined {
  for (const [s, a] of SELF) {
    const el = doc.querySelector(s);
    const m = el && (a ? el.getAttribute(a) : el.textContent)?.match(E);
    if (m) return m[0].toLowerCase();
  }
}

/**
 * The mailbox on screen when it is not the signed-in user's own: a shared or
 * delegate mailbox opened with "Open another mailbox" lives at
 * /mail/<mailbox address>/… (2023+). Its owner is "us" as much as the user is.
 */
export function outlookMailboxOwner(url: URL): string | undefined {
  const seg = /^\/mail\/([^/]+)/i.exec(url.pathname)?.[1];
  const m = seg && safeDecode(seg).match(E);
  return m && m[0] === safeDecode(seg!) ? m[0].toLowerCase() : undefined;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Drops the user and the mailbox owner (by address, or by name for name-only entries) and names already shown with an address. */
function finish(out: Person[], doc: Document, url?: URL): Person[] {
  const me = outlookUserEmail(doc);
  const owner = url ? outlookMailboxOwner(url) : undefined;
  const us = (e?: string) => !!e && (e === me || e === owner);
  const low = (n?: string | null) => n?.trim().toLowerCase();
  const mine = [low(doc.querySelector(SELF_NAME)?.textContent), ...out.filter((p) => us(p.email)).map((p) => low(p.name))];
  const named = out.filter((p) => p.email).map((p) => low(p.name));
  return out.filter((p) => (p.email ? !us(p.email) : !mine.includes(low(p.name)) && !named.includes(low(p.name))));
}

/** The largest ancestor of each anchor (inside `pane`) that holds no other anchor: one per message. */
function regions(pane: Element): Element[] {
  for (const s of ANCHOR) {
    const a = [...pane.querySelectorAll(s)];
    if (a.length)
      return [
        ...new Set(
          a.map((x) => {
            while (x.parentElement && x.parentElement !== pane && x.parentElement.querySelectorAll(s).length < 2)
              x = x.parentElement;
            return x;
          }),
        ),
      ];
  }
  return [pane];
}

/** The first address in the message header (the From line if labelled in English). */
function sender(r: Element): Person | undefined {
  const hint = r.querySelector(FROM_HINT);
  for (const el of hint ? [hint, r] : [r]) {
    const out: Person[] = [];
    parse(flat(el, NOT_SENDER), 'from', false, out);
    if (out[0]) return out[0];
  }
}

/**
 * Epoch ms only for "Nov 11, 2026"-style or ISO dates: 11/12 vs 12/11 is never guessed, nor is
 * a weekday that spells like a month (Spanish "mar 11/11/2026").
 */
const when = (t: string) =>
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? .*\d{4}|\d{4}-\d\d-\d\d/i.test(t) && !/\d[./]\d/.test(t)
    ? Date.parse(t) || undefined
    : undefined;

function threadOf(doc: Document, url: URL): string | undefined {
  const id = doc.querySelector(SELECTED)?.getAttribute('data-convid');
  if (id) return id;
  // /mail/inbox/id/<ItemID>; a pop-out reading window: /mail/deeplink/read/<ItemID>.
  const m = /\/(?:id|deeplink\/read)\/([^/?#]+)/.exec(url.pathname)?.[1];
  try {
    return (m && decodeURIComponent(m)) || url.searchParams.get('ItemID') || undefined;
  } catch {
    return m;
  }
}

/** People in one compose form: To, Cc, Bcc wells in order; chips "Name <email>", an address, or a name only. */
export function readOutlookCompose(root: Element, url?: URL): Person[] {
  const out: Person[] = [];
  root.querySelectorAll(WELLS).forEach((w, i) => {
    const role = roleOf(w.getAttribute('aria-label') ?? '') ?? ROLES[i] ?? 'bcc';
    // Loose text is what the user is still typing: take complete addresses from it, not names.
    w.childNodes.forEach((c) =>
      c.nodeType === 3
        ? parse(c.nodeValue ?? '', role, false, out)
        : c.nodeType === 1 && parse(flat(c as Element, 'script,style'), role, true, out),
    );
  });
  return finish(out, root.ownerDocument, url ?? safeUrl(root.ownerDocument.URL));
}

const safeUrl = (u: string) => {
  try {
    return new URL(u);
  } catch {
    return undefined;
  }
};

export function readOutlook(doc: Document, url: URL): ScreenContext | null {
  try {
    const pane =
      PANE.map((s) => doc.querySelector(s)).find(Boolean) ??
      [...doc.querySelectorAll(POPOUT_MAIN)].find((m) => ANCHOR.some((a) => m.querySelector(a)) && !m.querySelector(WELLS));
    // The subject heading can sit above the conversation container, so look in the whole pane.
    const subject = (pane?.closest('[role=main]') ?? pane)?.querySelector(SUBJECT)?.getAttribute('title')?.trim();
    const threadId = threadOf(doc, url);
    const ctx: ScreenContext = { site: 'outlook', url: url.href, people: [], cases: [] };
    const self = outlookUserEmail(doc);
    if (self) ctx.self = self;
    if (subject) ctx.subject = subject;
    if (threadId) ctx.threadId = threadId;
    const form = FORM.map((s) => [...doc.querySelectorAll(s)].find((f) => f.querySelector(WELLS))).find(Boolean);
    if (form) {
      // A thread id belongs to a compose form only when it is a reply under an open conversation.
      if (!subject) delete ctx.threadId;
      return { ...ctx, view: 'compose', people: readOutlookCompose(form, url) };
    }
    if (!pane) return null;

    const out: Person[] = [];
    const ms = regions(pane).map((r) => {
      const time = r.querySelector(TIME);
      const t = (time?.getAttribute('title') || time?.textContent || '').trim();
      return { r, from: sender(r), t, at: when(t), body: !!r.querySelector(BODY) };
    });
    // Oldest first. Dates decide when every message states one; otherwise the newest message
    // is the expanded one, so an expanded first and a collapsed last means "newest on top".
    if (ms.every((m) => m.at)) ms.sort((a, b) => a.at! - b.at!);
    else if (ms[0]?.body && !ms[ms.length - 1]!.body) ms.reverse();

    const messages = ms.map(({ r, from, t, at }, i): MessageRef => {
      if (from) add(out, from.email!, from.name ?? '', 'from');
      r.querySelectorAll(RECIPIENTS).forEach((w, j) => parse(flat(w, 'script,style'), ROLES[j] ?? 'bcc', true, out));
      const ref: MessageRef = { id: `${threadId ?? ''}#${t ? `${from?.email ?? ''}|${t}` : i}` };
      if (from) ref.from = from.email;
      if (at) ref.at = at;
      return ref;
    });
    const people = finish(out, doc, url);
    if (!people.length && !subject) return null;
    return { ...ctx, people, messages, view: 'thread' };
  } catch {
    return null;
  }
}

/** Recipients a click on Send (or Ctrl/Cmd+Enter inside a compose form) sends to, minus the user. */
export function outlookSentTo(target: Element, viaKeyboard: boolean): Person[] | null {
  // 2025-11: the compose form's Send button.
  if (!viaKeyboard && !target.closest('[data-testid=ComposeSendButton]')) return null;
  const root = FORM.map((s) => target.closest(s)).find((f) => f?.querySelector(WELLS));
  return root ? readOutlookCompose(root) : null;
}

// Layout: where the sidebar's width is reserved, found by structure.
const READING = ['[role=main][data-app-section=MailReadCompose]', '[role=main]', '[data-app-section=Form_Content]']; // 2025-11, newest first
const LIST = '#MailList'; // 2025-11

/**
 * The container that must end left of the sidebar: the one holding both the
 * mail list and the reading pane (side by side or stacked), else the reading
 * pane or pop-out form alone. Empty when neither is there (the sidebar then overlays).
 */
export function outlookColumns(doc: Document): Element[] {
  const pane = READING.map((sel) => doc.querySelector(sel)).find(Boolean);
  if (!pane) return [];
  const list = doc.querySelector(LIST);
  let col: Element | null = pane;
  if (list) while (col && !col.contains(list)) col = col.parentElement;
  return [col && col !== doc.body && col !== doc.documentElement ? col : pane];
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matches: (u) =>
    u.protocol === 'https:' &&
    /^outlook\.(office(365)?\.com|live\.com|cloud\.microsoft)(\.mcas\.ms)?$/.test(u.hostname) &&
    /^\/(mail|owa)(\/|$)/i.test(u.pathname),
  read: readOutlook,
  sentTo: outlookSentTo,
};
