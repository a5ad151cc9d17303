// The honest early warning: a short message telling the client that something
// will be late, why, the new date, and an apology — drafted from the user's
// template, reviewed by them, then opened in their mail or copied.
import { z } from 'zod';
import { emailSchema } from '../model/client';
import { t, uiLanguage } from '../i18n/t';
import { isLocalDate, instantOf, TIME_SHAPE, fromDate, type LocalDate } from './local-date';
import '../model/zod-messages';


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
        message: t('deadlines_template_unknown_placeholder', { found: `{${m[1]}}`, allowed: HEADS_UP_PLACEHOLDERS.map((p) => `{${p}}`).join(', ') }),
      });
    }
  }
}

/** The template the user edits in Settings. Messages are functions: read in the browser's language when a check fails. */
export const headsUpTemplateSchema = z
  .object({
    subject: z.string().trim().min(1, { error: () => t('deadlines_template_subject_empty') }).max(300),
    body: z.string().trim().min(1, { error: () => t('deadlines_template_body_empty') }).max(5000),
    /** The apology line {apology} stands for; the lawyer can change it per message. */
    apology: z.string().trim().max(500),
  })
  .superRefine((tpl, ctx) => {
    checkPlaceholders(tpl.subject, 'subject', ctx);
    checkPlaceholders(tpl.body, 'body', ctx);
    for (const p of REQUIRED_IN_BODY) {
      if (!tpl.body.includes(`{${p}}`)) ctx.addIssue({ code: 'custom', path: ['body'], message: t('deadlines_template_missing', { placeholder: `{${p}}` }) });
    }
  });
export type HeadsUpTemplate = z.output<typeof headsUpTemplateSchema>;

/** Each placeholder standing for itself: the catalogue's default template keeps them for the user's template to fill. */
const KEEP = Object.fromEntries(HEADS_UP_PLACEHOLDERS.map((p) => [p, `{${p}}`])) as Record<HeadsUpPlaceholder, string>;

/**
 * The default template, in the browser's language. Getters: read when the
 * settings are parsed (zod copies a default each time), not when this module
 * loads.
 */
export const DEFAULT_HEADS_UP_TEMPLATE: HeadsUpTemplate = {
  get subject() {
    return t('deadlines_template_subject', { title: KEEP.title });
  },
  get body() {
    const { client, title, due, reason, newDate, apology, sender } = KEEP;
    return t('deadlines_template_body', { client, title, due, reason, newDate, apology, sender });
  },
  get apology() {
    return t('deadlines_template_apology');
  },
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
  /** BCP 47 tag for dates, e.g. "en-US"; default the language of Rapport's texts. */
  locale?: string;
  now: number;
}

export interface HeadsUpDraft {
  to: string;
  subject: string;
  body: string;
}

export type HeadsUpResult = { ok: true; draft: HeadsUpDraft } | { ok: false; issues: { field: keyof HeadsUpRequest; message: string }[] };

/** "Friday, March 13, 2026", "viernes, 13 de marzo de 2026, 17:00": one Intl format, so each language joins date and time its own way. */
export function formatDue(date: LocalDate, time: string | undefined, locale?: string): string {
  const withTime: Intl.DateTimeFormatOptions = time ? { hour: 'numeric', minute: '2-digit' } : {};
  return new Intl.DateTimeFormat(locale ?? uiLanguage(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...withTime }).format(new Date(instantOf(date, time)));
}

/** Fills {placeholders} in one pass: text the lawyer typed is never scanned for placeholders again. */
export function fill(text: string, values: Record<HeadsUpPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (all, name: string) => (name in values ? values[name as HeadsUpPlaceholder] : all));
}

const MAX_REASON = 2000;

export function draftHeadsUp(r: HeadsUpRequest): HeadsUpResult {
  const issues: { field: keyof HeadsUpRequest; message: string }[] = [];
  const template = headsUpTemplateSchema.safeParse(r.template);
  if (!template.success) issues.push({ field: 'template', message: template.error.issues[0]!.message });
  const to = emailSchema.safeParse(r.client.email);
  if (!to.success) issues.push({ field: 'client', message: r.client.email ? t('deadlines_heads_up_bad_email', { email: r.client.email }) : t('deadlines_heads_up_no_email') });
  const reason = r.reason.trim();
  if (!reason) issues.push({ field: 'reason', message: t('deadlines_heads_up_need_reason') });
  if (reason.length > MAX_REASON) issues.push({ field: 'reason', message: t('deadlines_heads_up_reason_too_long', { max: MAX_REASON }) });
  if (!isLocalDate(r.newDate)) issues.push({ field: 'newDate', message: t('deadlines_heads_up_need_date') });
  else if (r.newDate < fromDate(r.now)) issues.push({ field: 'newDate', message: t('deadlines_heads_up_date_past') });
  else if (r.newDate < r.deadline.dueDate) issues.push({ field: 'newDate', message: t('deadlines_heads_up_date_earlier') });
  if (r.newTime !== undefined && !TIME_SHAPE.test(r.newTime)) issues.push({ field: 'newTime', message: t('deadlines_heads_up_bad_time') });
  if (issues.length || !template.success || !to.success) return { ok: false, issues };

  const tpl = template.data;
  const values: Record<HeadsUpPlaceholder, string> = {
    client: r.client.name.trim(),
    title: r.deadline.title.trim(),
    due: formatDue(r.deadline.dueDate, r.deadline.dueTime, r.locale),
    newDate: formatDue(r.newDate, r.newTime, r.locale),
    reason: /[.!?]$/.test(reason) ? reason : `${reason}.`,
    apology: (r.apology ?? tpl.apology).trim(),
    sender: (r.sender ?? '').trim(),
  };
  const body = fill(tpl.body, values)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // A subject is one line: a newline in a title would otherwise end it.
  const subject = fill(tpl.subject, values).replace(/[\r\n]+/g, ' ').trim();
  return { ok: true, draft: { to: to.data, subject, body } };
}

// ---------------------------------------------------------------------------
// Compose targets

export type ComposeTarget = 'gmail' | 'outlook' | 'mailto';

/** Names of the ways to send, read when used (getters), in the browser's language. */
export const COMPOSE_LABELS: Readonly<Record<ComposeTarget, string>> = {
  get gmail() {
    return t('deadlines_compose_gmail');
  },
  get outlook() {
    return t('deadlines_compose_outlook');
  },
  get mailto() {
    return t('deadlines_compose_mailto');
  },
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
  return `${t('deadlines_heads_up_to')} ${d.to}\n${t('deadlines_heads_up_subject')} ${d.subject}\n\n${d.body}`;
}
