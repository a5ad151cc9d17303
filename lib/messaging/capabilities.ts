// What each kind of caller may ask of the background (least privilege). The
// router consults this after reading the envelope and before parsing the
// payload, so a message outside the caller's rights is refused with
// `forbidden` whatever it carries, and changes nothing.
//
// - Rapport's own pages (popup, options, the sidebar page): everything but
//   reportScreen and loadScript, which only a page's content script can make.
// - Gmail / Outlook content scripts: report their screen, and log mail read or
//   sent there (as their own site, at a bounded rate).
// - Portal content scripts: report their screen, ask which of its texts are
//   case numbers (readCases: the page's own text read back, no client data),
//   and resolve the case numbers on it to what a badge shows (a name, a
//   last-contact day, a flag count). And have the code they do not carry (the
//   readers, the badge) injected into their own frame (loadScript).
//   Rejected filings are logged only from known portals, or from portals the
//   user added and marked as e-filing.
import type { Caller } from './caller';
import type { CaseMatch, MessageType, ParsedRequestOf, ReplyMap } from './protocol';
import { t } from '../i18n/t';

type Check = { ok: true } | { ok: false; code: 'forbidden' | 'bad-request'; message: string };
const OK: Check = { ok: true };
const no = (message: string): Check => ({ ok: false, code: 'forbidden', message });

const MAIL: ReadonlySet<MessageType> = new Set(['reportScreen', 'logMail']);
const PORTAL: ReadonlySet<MessageType> = new Set(['reportScreen', 'readCases', 'resolveCases', 'logFilings', 'loadScript']);

/** Whether `caller` may send `type` at all. */
export function mayCall(caller: Caller, type: MessageType): boolean {
  switch (caller.kind) {
    case 'extension':
      return type !== 'reportScreen' && type !== 'loadScript';
    case 'mail':
      return MAIL.has(type);
    case 'portal':
      return PORTAL.has(type) && (type !== 'logFilings' || caller.efiling);
    default:
      return false;
  }
}

export function refusal(caller: Caller, type: string): string {
  if (caller.kind === 'none') return caller.reason;
  return `“${type}” is not available to a page's content script.`;
}

/**
 * Writes a content script may make, per tab: enough for a 300-message thread
 * read at once, not for a page that invents mail in a loop.
 */
const BURST = 300;
const REFILL_PER_SEC = 5;
const buckets = new Map<number, { tokens: number; at: number }>();

function spend(tabId: number, now: number): boolean {
  const b = buckets.get(tabId) ?? { tokens: BURST, at: now };
  b.tokens = Math.min(BURST, b.tokens + ((now - b.at) / 1000) * REFILL_PER_SEC);
  b.at = now;
  buckets.set(tabId, b);
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

/** For unit tests: forget every tab's budget. */
export const resetRates = () => buckets.clear();

/**
 * Limits on what an allowed message may carry, checked on the parsed request:
 * a content script speaks only for its own site, and writes within its budget.
 */
export function constrain<K extends MessageType>(caller: Caller, type: K, req: ParsedRequestOf<K>, now: number): Check {
  if (caller.kind === 'mail' && type === 'logMail') {
    const r = req as ParsedRequestOf<'logMail'>;
    if (r.source !== caller.site || !r.messageId.startsWith(`${caller.site}:`))
      return no(t('errors_mail_own_only', { site: caller.site }));
    if (!spend(caller.tabId, now)) return no(t('errors_mail_too_much'));
  }
  if (caller.kind === 'portal' && type === 'logFilings') {
    if ((req as ParsedRequestOf<'logFilings'>).site !== caller.site) return no(t('errors_filings_own_only'));
    if (!spend(caller.tabId, now)) return no(t('errors_filings_too_many'));
  }
  return OK;
}

const startOfDay = (t: number) => new Date(t).setHours(0, 0, 0, 0);

/**
 * What a reply may tell this caller. A badge needs the day of the last
 * contact, not its minute. A mail page is not told whom its mail was logged
 * for: otherwise a compromised one could try addresses to learn who is a client.
 */
export function shapeReply<K extends MessageType>(caller: Caller, type: K, data: ReplyMap[K]): ReplyMap[K] {
  if (caller.kind === 'mail' && type === 'logMail') return { logged: [], skipped: 0 } satisfies ReplyMap['logMail'] as unknown as ReplyMap[K];
  if (caller.kind !== 'portal' || type !== 'resolveCases') return data;
  const { matches } = data as ReplyMap['resolveCases'];
  const out: Record<string, CaseMatch[]> = {};
  for (const [key, list] of Object.entries(matches))
    out[key] = list.map(({ id, name, flags, lastContact }) => (lastContact === undefined ? { id, name, flags } : { id, name, flags, lastContact: startOfDay(lastContact) }));
  return { matches: out } as ReplyMap[K];
}
