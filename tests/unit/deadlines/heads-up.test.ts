import { describe, expect, it } from 'vitest';
import {
  composeLink,
  DEFAULT_HEADS_UP_TEMPLATE,
  draftHeadsUp,
  headsUpTemplateSchema,
  MAX_COMPOSE_URL,
  type HeadsUpDraft,
  type HeadsUpRequest,
} from '../../../lib/deadlines/heads-up';

const NOW = new Date(2026, 2, 6, 9).getTime();
const request = (p: Partial<HeadsUpRequest> = {}): HeadsUpRequest => ({
  template: DEFAULT_HEADS_UP_TEMPLATE,
  client: { name: 'Ana Ruiz', email: 'Ana@Example.com' },
  deadline: { title: 'the draft lease', dueDate: '2026-03-10' },
  reason: 'The landlord’s lawyer sent a new rider on Friday that I need to go through',
  newDate: '2026-03-13',
  sender: 'Maria Lopez',
  locale: 'en-US',
  now: NOW,
  ...p,
});

describe('draftHeadsUp', () => {
  it('says what, why, the new date and sorry, addressed to the client', () => {
    const r = draftHeadsUp(request());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.to).toBe('ana@example.com');
    expect(r.draft.subject).toBe('Update on the draft lease');
    expect(r.draft.body).toContain('Dear Ana Ruiz,');
    expect(r.draft.body).toContain('the draft lease, which I planned for Tuesday, March 10, 2026, will be late.');
    expect(r.draft.body).toContain('a new rider on Friday that I need to go through.');
    expect(r.draft.body).toContain('The new date is Friday, March 13, 2026. I am sorry for the delay.');
    expect(r.draft.body.endsWith('Maria Lopez')).toBe(true);
  });

  it('writes dates in the user’s language, with a time when there is one', () => {
    const r = draftHeadsUp(request({ locale: 'es', newTime: '17:00' }));
    expect(r.ok && r.draft.body).toMatch(/viernes, 13 de marzo de 2026, 17:00/);
  });

  it('does not expand placeholders typed in by the lawyer', () => {
    const r = draftHeadsUp(request({ reason: 'Ask {client} about {apology}' }));
    expect(r.ok && r.draft.body).toContain('Ask {client} about {apology}.');
  });

  it('keeps the subject on one line', () => {
    const r = draftHeadsUp(request({ deadline: { title: 'Lease\nBcc: x@evil.test', dueDate: '2026-03-10' } }));
    expect(r.ok && r.draft.subject).toBe('Update on Lease Bcc: x@evil.test');
  });

  it.each<[Partial<HeadsUpRequest>, string, RegExp]>([
    [{ reason: '   ' }, 'reason', /Say why/],
    [{ newDate: '2026-02-30' }, 'newDate', /Give the new date/],
    [{ newDate: '2026-03-01' }, 'newDate', /in the past/],
    [{ newDate: '2026-03-08' }, 'newDate', /before the current due date/],
    [{ newTime: '5pm' }, 'newTime', /24-hour/],
    [{ client: { name: 'Ana', email: '' } }, 'client', /no valid e-mail/],
    [{ template: { ...DEFAULT_HEADS_UP_TEMPLATE, body: 'Dear {client}, sorry. {newDate}' } }, 'template', /must include \{title\}/],
  ])('refuses %o (%s)', (patch, field, message) => {
    const r = draftHeadsUp(request(patch));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.find((i) => i.field === field)?.message).toMatch(message);
  });
});

describe('the template schema', () => {
  it('accepts the default and names an unknown placeholder', () => {
    expect(headsUpTemplateSchema.safeParse(DEFAULT_HEADS_UP_TEMPLATE).success).toBe(true);
    const bad = headsUpTemplateSchema.safeParse({ ...DEFAULT_HEADS_UP_TEMPLATE, subject: 'About {matter}' });
    expect(bad.error?.issues[0]?.message).toMatch(/Unknown placeholder \{matter\}/);
  });
});

const tricky: HeadsUpDraft = {
  to: 'ana+lease@example.com',
  subject: 'Lease & rider? 50% #2 — “año”',
  body: 'Line one\nLine two & more=yes?\n\nÑandú 🙂 a+b',
};

describe('composeLink', () => {
  it('Gmail: view=cm&fs=1 with to, su, body encoded so they decode to exactly the draft', () => {
    const link = composeLink('gmail', tricky);
    expect(link.complete).toBe(true);
    const u = new URL(link.url);
    expect(`${u.origin}${u.pathname}`).toBe('https://mail.google.com/mail/');
    expect(u.searchParams.get('view')).toBe('cm');
    expect(u.searchParams.get('fs')).toBe('1');
    expect(u.searchParams.get('to')).toBe(tricky.to);
    expect(u.searchParams.get('su')).toBe(tricky.subject);
    expect(u.searchParams.get('body')).toBe(tricky.body);
    expect([...u.searchParams.keys()]).toEqual(['view', 'fs', 'to', 'su', 'body']);
    expect(link.url).not.toContain('+'); // spaces are %20, and the "+" in the address is %2B
  });

  it('Outlook: the deeplink compose with to, subject, body', () => {
    const u = new URL(composeLink('outlook', tricky).url);
    expect(`${u.origin}${u.pathname}`).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(Object.fromEntries(u.searchParams)).toEqual({ to: tricky.to, subject: tricky.subject, body: tricky.body });
  });

  it('mailto: address in the path with "@" kept, CRLF line breaks, %20 for spaces', () => {
    const { url } = composeLink('mailto', tricky);
    expect(url.startsWith('mailto:ana%2Blease@example.com?subject=')).toBe(true);
    expect(url).toContain('Line%20one%0D%0ALine%20two');
    expect(url).not.toMatch(/[ \n]/);
    const q = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(q.get('body')).toBe(tricky.body.replace(/\n/g, '\r\n'));
    expect(q.get('subject')).toBe(tricky.subject);
  });

  it('an injected parameter stays inside the subject', () => {
    const u = new URL(composeLink('gmail', { ...tricky, subject: 'x&bcc=eve@evil.test&su=y' }).url);
    expect(u.searchParams.get('bcc')).toBeNull();
    expect(u.searchParams.getAll('su')).toEqual(['x&bcc=eve@evil.test&su=y']);
  });

  it.each(['gmail', 'outlook', 'mailto'] as const)('%s: past the length limit, opens without the body and hands the body over to copy', (target) => {
    const long = { ...tricky, body: 'é'.repeat(400) }; // 400 characters, 2,400 once encoded
    const link = composeLink(target, long);
    expect(link.complete).toBe(false);
    if (link.complete) return;
    expect(link.url.length).toBeLessThanOrEqual(MAX_COMPOSE_URL);
    expect(link.url).not.toContain('body=');
    expect(link.url).toContain(target === 'gmail' ? 'su=' : 'subject=');
    expect(link.copy).toBe(long.body);
  });

  it('right at the limit the link is whole', () => {
    const base = composeLink('outlook', { ...tricky, body: '' }).url.length;
    const exact = { ...tricky, body: 'a'.repeat(MAX_COMPOSE_URL - base) };
    const link = composeLink('outlook', exact);
    expect(link.url.length).toBe(MAX_COMPOSE_URL);
    expect(link.complete).toBe(true);
    expect(composeLink('outlook', { ...exact, body: exact.body + 'a' }).complete).toBe(false);
  });
});
