// The honest early warning: a short message telling the client that something
// will be late, why, the new date, and an apology — drafted from the user's
// template, reviewed by them, then opened in their mail or copied.
import { z } from 'zod';
import { emailSchema } from '../model/client';
import { isLocalDate, instantOf, TIME_SHAPE, fromDate, type LocalDate } from './local-date';

z.config({ jitless: true });

export const HEADS_UP_PLACEHOLDERS = ['client', 'title', 'due', 'newDate', 'reason', 'apology', 'sender'] as const;
export type HeadsUpPlaceholder = (typeof HEADS_UP_PLACEHOLDERS)[number];

/** A template must say what, why and when: without these a heads-up is not honest. */
const REQUIRED_IN_BODY: HeadsUpPlaceholder[] = ['title', 'reason', 'newDate'];

const PLACEHOLDER = /\{(\w+)\}/g;

function checkPlaceholders(text: string, path: string, ctx: z.RefinementCtx) {
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!(HEADS_UP_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: `Unknown placeholder {${m[1]}}: use ${HEADS_UP_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      });
    }
  }
}

/** The template the user edits in Settings. */
export const headsUpTemplateSchema = z
  .object({
    subject: z.string().trim().min(1, { message: 'The subject cannot be empty' }).max(300),
    body: z.string().trim().min(1, { message: 'The message cannot be empty' }).max(5000),
    /** The apology line {apology} stands for; the lawyer can change it per message. */
    apology: z.string().trim().max(500),
  })
  .superRefine((t, ctx) => {
    checkPlaceholders(t.subject, 'subject', ctx);
    checkPlaceholders(t.body, 'body', ctx);
    for (const p of REQUIRED_IN_BODY) {
      if (!t.body.includes(`{${p}}`)) ctx.addIssue({ code: 'custom', path: ['body'], message: `The message must include {${p}}` });
    }
  });
export type HeadsUpTemplate = z.output<typeof headsUpTemplateSchema>;

export const DEFAULT_HEADS_UP_TEMPLATE: HeadsUpTemplate = {
  subject: 'Update on {title}',
  body: [
    'Dear {client},',
    '',
    'I want to tell you early: {title}, which I planned for {due}, will be late. {reason}',
    '',
    'The new date is {newDate}. {apology}',
    '',
    'If the new date causes you any difficulty, please tell me and we will find a way.',
    '',
    '{sender}',
  ].join('\n'),
  apology: 'I am sorry for the delay.',
};

export interface HeadsUpRequest {
  template: HeadsUpTemplate;
  client: { name: string; email: string };
  deadline: { title: string; dueDate: LocalDate; dueTime?: string };
  /** Why it slips — the lawyer writes this; it is required. */
  reason: string;
  newDate: LocalDate;
  newTime?: string;
  /** Replaces the template's apology line for this message. */
  apology?: string;
  /** Signature, e.g. the lawyer's name. */
  sender?: string;
  /** BCP 47 tag for dates, e.g. "en-US"; default the browser's. */
  locale?: string;
  now: number;
}

export interface HeadsUpDraft {
  to: string;
  subject: string;
  body: string;
}

export type HeadsUpResult = { ok: true; draft: HeadsUpDraft } | { ok: false; issues: { field: keyof HeadsUpRequest; message: string }[] };

export function formatDue(date: LocalDate, time: string | undefined, locale?: string): string {
  const d = new Date(instantOf(date, time));
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  return time ? `${day}, ${new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(d)}` : day;
}

/** Fills {placeholders} in one pass: text the lawyer typed is never scanned for placeholders again. */
export function fill(text: string, values: Record<HeadsUpPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (all, name: string) => (name in values ? values[name as HeadsUpPlaceholder] : all));
}

export function draftHeadsUp(r: HeadsUpRequest): HeadsUpResult {
  const issues: { field: keyof HeadsUpRequest; message: string }[] = [];
  const template = headsUpTemplateSchema.safeParse(r.template);
  if (!template.success) issues.push({ field: 'template', message: template.error.issues[0]!.message });
  const to = emailSchema.safeParse(r.client.email);
  if (!to.success) issues.push({ field: 'client', message: `The client has no valid e-mail address (${r.client.email || 'none'})` });
  const reason = r.reason.trim();
  if (!reason) issues.push({ field: 'reason', message: 'Say why it is late: the client deserves the reason' });
  if (reason.length > 2000) issues.push({ field: 'reason', message: 'Keep the reason under 2,000 characters' });
  if (!isLocalDate(r.newDate)) issues.push({ field: 'newDate', message: 'Give the new date' });
  else if (r.newDate < fromDate(r.now)) issues.push({ field: 'newDate', message: 'The new date is in the past' });
  else if (r.newDate < r.deadline.dueDate) issues.push({ field: 'newDate', message: 'The new date is before the current due date: no heads-up is needed' });
  if (r.newTime !== undefined && !TIME_SHAPE.test(r.newTime)) issues.push({ field: 'newTime', message: 'Use a 24-hour time, e.g. 17:00' });
  if (issues.length || !template.success || !to.success) return { ok: false, issues };

  const t = template.data;
  const values: Record<HeadsUpPlaceholder, string> = {
    client: r.client.name.trim(),
    title: r.deadline.title.trim(),
    due: formatDue(r.deadline.dueDate, r.deadline.dueTime, r.locale),
    newDate: formatDue(r.newDate, r.newTime, r.locale),
    reason: /[.!?]$/.test(reason) ? reason : `${reason}.`,
    apology: (r.apology ?? t.apology).trim(),
    sender: (r.sender ?? '').trim(),
  };
  const body = fill(t.body, values)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // A subject is one line: a newline in a title would otherwise end it.
  const subject = fill(t.subject, values).replace(/[\r\n]+/g, ' ').trim();
  return { ok: true, draft: { to: to.data, subject, body } };
}

// ---------------------------------------------------------------------------
// Compose targets

export type ComposeTarget = 'gmail' | 'outlook' | 'mailto';

export const COMPOSE_LABELS: Record<ComposeTarget, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook on the web',
  mailto: 'Default mail app',
};

/**
 * Longest compose link we open. Chromium takes links of megabytes, but the
 * programs at the other end do not: Windows hands mailto: links to the mail
 * app through a 2,048-character command line, and Google's and Microsoft's
 * front ends refuse overlong GET URLs with an error page. Past this, the link
 * carries the recipient and subject only and the message goes to the
 * clipboard, so nothing is cut off silently.
 */
export const MAX_COMPOSE_URL = 2000;

const enc = encodeURIComponent;

function buildUrl(target: ComposeTarget, d: Partial<HeadsUpDraft> & { to: string }): string {
  const params: [string, string | undefined][] =
    target === 'gmail'
      ? [['view', 'cm'], ['fs', '1'], ['to', d.to], ['su', d.subject], ['body', d.body]]
      : [['to', d.to], ['subject', d.subject], ['body', d.body]];
  // encodeURIComponent, not URLSearchParams: "+" for a space is form encoding,
  // which mailto: does not decode (RFC 6068 wants %20).
  const query = (skip: string[]) =>
    params
      .filter(([k, v]) => v !== undefined && !skip.includes(k))
      .map(([k, v]) => `${k}=${k === 'view' || k === 'fs' ? v : enc(target === 'mailto' ? v!.replace(/\r?\n/g, '\r\n') : v!)}`)
      .join('&');
  if (target === 'gmail') return `https://mail.google.com/mail/?${query([])}`;
  if (target === 'outlook') return `https://outlook.office.com/mail/deeplink/compose?${query([])}`;
  // RFC 6068: the address goes in the path, each part percent-encoded, "@" kept;
  // line breaks in the body are CRLF.
  const at = d.to.lastIndexOf('@');
  const addr = `${enc(d.to.slice(0, at))}@${enc(d.to.slice(at + 1))}`;
  const q = query(['to']);
  return `mailto:${addr}${q ? `?${q}` : ''}`;
}

export type ComposeLink =
  | { url: string; complete: true }
  /** The body (or subject) did not fit: `url` opens a compose without it, `copy` is the whole message for the clipboard. */
  | { url: string; complete: false; copy: string };

export function composeLink(target: ComposeTarget, d: HeadsUpDraft, max = MAX_COMPOSE_URL): ComposeLink {
  const full = buildUrl(target, d);
  if (full.length <= max) return { url: full, complete: true };
  const noBody = buildUrl(target, { to: d.to, subject: d.subject });
  const copy = noBody.length <= max ? d.body : `${d.subject}\n\n${d.body}`;
  return { url: noBody.length <= max ? noBody : buildUrl(target, { to: d.to }), complete: false, copy };
}

/** The whole draft as plain text, for "Copy" (subject line first). */
export function draftAsText(d: HeadsUpDraft): string {
  return `To: ${d.to}\nSubject: ${d.subject}\n\n${d.body}`;
}
