/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitingSince, waitLevel } from '../../../lib/model/awaiting';
import { gmailSentTo, readGmail } from '../../../lib/sites/gmail';
import { outlookSentTo } from '../../../lib/sites/outlook';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const page = (rel: string) => new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, rel), 'utf8'), 'text/html');
const URL_THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxkVrZrWcWpQkXqjBnTwSlm');
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();
const MARIA = 'maria.alvarez@alvarezbakery.com';
const LUIS = 'luis@alvarezbakery.com';

describe('awaiting your reply, on thread test pages', () => {
  it('the client wrote after the user’s last message: waiting since her first message after it', () => {
    const ctx = readGmail(page('gmail/thread-several-messages.2026-11.html'), URL_THREAD)!;
    // Maria 8:41, Jordan 13:15, Maria 9:14 next day, Luis 10:02.
    expect(awaitingSince(ctx.messages, [MARIA], ctx.self)).toBe(local(2026, 11, 3, 9, 14));
    // A client whose addresses include Luis's waits since Luis wrote only if nothing of theirs came earlier.
    expect(awaitingSince(ctx.messages, [LUIS], ctx.self)).toBe(local(2026, 11, 3, 10, 2));
  });

  it('nobody is waiting when the user wrote last', () => {
    const ctx = readGmail(page('gmail/thread-several-messages.2026-11.html'), URL_THREAD)!;
    const answered = [...ctx.messages!, { id: 'reply', from: ctx.self, at: local(2026, 11, 3, 11, 0) }];
    expect(awaitingSince(answered, [MARIA], ctx.self)).toBeUndefined();
  });

  it('a thread the user started and the client answered', () => {
    const ctx = readGmail(page('gmail/thread-started-by-user.2026-11.html'), URL_THREAD)!;
    const last = ctx.messages!.at(-1)!;
    expect(last.from).toBe(MARIA);
    expect(awaitingSince(ctx.messages, [MARIA], ctx.self)).toBe(ctx.messages!.find((m, i) => i > 0 && m.from === MARIA)!.at);
  });

  it('without knowing the user, only a thread whose newest message is the client’s counts', () => {
    const msgs = [
      { id: '1', from: MARIA, at: 1 },
      { id: '2', from: 'me@firm.com', at: 2 },
      { id: '3', from: MARIA, at: 3 },
    ];
    expect(awaitingSince(msgs, [MARIA])).toBe(3);
    expect(awaitingSince(msgs.slice(0, 2), [MARIA])).toBeUndefined();
    expect(awaitingSince([], [MARIA])).toBeUndefined();
  });

  it('levels by the thresholds', () => {
    const t = { warnAfterHours: 24, urgentAfterHours: 72 };
    const h = 3_600_000;
    expect(waitLevel(0, 5 * h, t)).toBe('waiting');
    expect(waitLevel(0, 24 * h, t)).toBe('warn');
    expect(waitLevel(0, 80 * h, t)).toBe('urgent');
  });
});

describe('send detection', () => {
  it('Gmail: a click on Send in the compose dialog gives its recipients, minus the user', () => {
    const doc = page('gmail/compose-chips.2026-11.html');
    const send = doc.querySelector('div.T-I.T-I-atl')!;
    const people = gmailSentTo(send, false, doc)!;
    expect(people.map((p) => [p.email, p.role])).toEqual([
      [MARIA, 'to'],
      [LUIS, 'to'],
      ['priya.natarajan@leelaw.com', 'cc'],
      ['records@leelaw.com', 'bcc'],
    ]);
  });

  it('Gmail: a click anywhere else is not a send; Ctrl+Enter inside the compose form is', () => {
    const doc = page('gmail/compose-chips.2026-11.html');
    expect(gmailSentTo(doc.querySelector('h2.hP')!, false, doc)).toBeNull();
    expect(gmailSentTo(doc.querySelector('[name=to] [role=option]')!, false, doc)).toBeNull();
    expect(gmailSentTo(doc.querySelector('[name=to] [role=option]')!, true, doc)?.length).toBe(4);
    // Ctrl+Enter in the thread (no compose form around it) sends nothing.
    expect(gmailSentTo(doc.querySelector('h2.hP')!, true, doc)).toBeNull();
  });

  it('Outlook: the Send button of the compose form gives To/Cc/Bcc, name-only chips included', () => {
    const doc = page('outlook/compose-chips.2026-11.html');
    const people = outlookSentTo(doc.querySelector('[data-testid=ComposeSendButton]')!, false)!;
    expect(people).toContainEqual({ email: MARIA, name: 'Maria Alvarez', role: 'to' });
    expect(people).toContainEqual({ name: 'Sam Ortiz', role: 'cc' });
    expect(people.some((p) => p.email === 'jordan.lee@leelaw.com')).toBe(false);
    expect(outlookSentTo(doc.querySelector('[role=heading]') ?? doc.body, false)).toBeNull();
  });
});
