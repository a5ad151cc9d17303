/** @vitest-environment happy-dom */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, gmailUserEmail, readGmail, readGmailCompose } from '../../../lib/sites/gmail';
import { SHARED_FIXTURES } from '../../shared-fixtures';
import { parseHtml } from '../../parse-html';

const FIXTURES = path.resolve(__dirname, '../../fixtures/gmail');
const SHARED = path.join(SHARED_FIXTURES, 'gmail');
const URL_THREAD = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxkVrZrWcWpQkXqjBnTwSlm');

// jsdom: the HTML parser browsers implement (tests/parse-html.ts).
const parse = (html: string) => parseHtml(html, 'https://mail.google.com/mail/u/0/');
const page = (name: string) => parse(readFileSync(path.join(FIXTURES, `${name}.2026-11.html`), 'utf8'));
/** Local time, as Gmail's date tooltip is written in the user's time zone. */
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

const MARIA = 'maria.alvarez@alvarezbakery.com';
const LUIS = 'luis@alvarezbakery.com';
const PRIYA = 'priya.natarajan@leelaw.com';
const ME = 'jordan.lee@leelaw.com';

describe('gmailAdapter', () => {
  it('matches Gmail only', () => {
    expect(gmailAdapter.id).toBe('gmail');
    expect(gmailAdapter.matches(URL_THREAD)).toBe(true);
    expect(gmailAdapter.matches(new URL('https://mail.google.com/'))).toBe(true);
    expect(gmailAdapter.matches(new URL('http://mail.google.com/mail/'))).toBe(false);
    expect(gmailAdapter.matches(new URL('https://mail.google.com.evil.example/mail/'))).toBe(false);
    expect(gmailAdapter.matches(new URL('https://calendar.google.com/'))).toBe(false);
    expect(gmailAdapter.read).toBe(readGmail);
  });
});

describe('readGmail on hand-written 2026-11 pages', () => {
  it('thread-several-messages: senders and recipients, cc, self left out, oldest first', () => {
    const ctx = readGmail(page('thread-several-messages'), URL_THREAD);
    expect(ctx).toEqual({
      site: 'gmail',
      url: URL_THREAD.href,
      subject: 'Lease renewal for the Mission St. shop',
      threadId: '19a3f0c2d1e4b5dc',
      self: ME,
      view: 'thread',
      cases: [],
      people: [
        { email: MARIA, name: 'Maria Alvarez', role: 'from' },
        // 'to' in the first message, then wrote the fourth: 'from' wins.
        { email: LUIS, name: 'Luis Alvarez', role: 'from' },
        { email: PRIYA, name: 'Priya Natarajan', role: 'cc' },
      ],
      messages: [
        { id: '19a3f0c2d1e4b5dc', from: MARIA, at: local(2026, 11, 2, 8, 41) },
        { id: '19a3f4a8b2c7e901', from: ME, at: local(2026, 11, 2, 13, 15) },
        { id: '19a4385e6f0a1b2c', from: MARIA, at: local(2026, 11, 3, 9, 14) },
        { id: '19a43b7d90e4c3f5', from: LUIS, at: local(2026, 11, 3, 10, 2) },
      ],
    });
  });

  it('thread-many-recipients: every recipient, lower-cased, perm id fallback', () => {
    const ctx = readGmail(page('thread-many-recipients'), URL_THREAD);
    expect(ctx?.subject).toBe('CAM reconciliation - tenant notice');
    expect(ctx?.threadId).toBe('thread-f:1850310022877160021');
    expect(ctx?.people).toEqual([
      { email: 'dwhitfield@harborpropertymgmt.com', name: 'Dana Whitfield', role: 'from' },
      { email: MARIA, name: 'Maria Alvarez', role: 'to' },
      { email: LUIS, name: 'Luis Alvarez', role: 'to' },
      { email: 'rosa.chen@harborpropertymgmt.com', name: 'Rosa Chen', role: 'to' },
      { email: 'ap@harborpropertymgmt.com', role: 'to' },
      { email: 'ken.okafor@okaforlaw.com', name: 'Ken Okafor', role: 'to' },
      { email: PRIYA, name: 'Priya Natarajan', role: 'cc' },
      { email: 'leasing@harborpropertymgmt.com', name: 'Harbor Leasing', role: 'cc' },
    ]);
    expect(ctx?.messages).toEqual([
      { id: '19a4a1f3c86d2e55', from: 'dwhitfield@harborpropertymgmt.com', at: local(2026, 11, 4, 16, 30) },
    ]);
  });

  it('thread-started-by-user: the client is "from" once they reply; perm id "undefined" ignored', () => {
    const doc = page('thread-started-by-user');
    const ctx = readGmail(doc, URL_THREAD);
    expect(ctx?.subject).toBe('Engagement letter and next steps');
    expect(ctx?.threadId).toBe('19a29b7e01c4d830');
    expect(ctx?.people).toEqual([
      { email: MARIA, name: 'Maria Alvarez', role: 'from' },
      { email: PRIYA, name: 'Priya Natarajan', role: 'cc' },
    ]);
    expect(ctx?.messages).toEqual([
      { id: '19a29b7e01c4d830', from: ME, at: local(2026, 10, 29, 15, 5) },
      { id: '19a2e8d5a7b310ff', from: MARIA, at: local(2026, 10, 30, 11, 47) },
    ]);

    // Without the legacy id only the perm id is left, and it says "undefined": no thread id.
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    expect(readGmail(doc, URL_THREAD)?.threadId).toBeUndefined();
  });

  it('inbox-list: no open thread → null', () => {
    expect(readGmail(page('inbox-list'), new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
  });

  it('thread-collapsed-headers: collapsed messages give their sender and date, the expanded one its recipients', () => {
    const ctx = readGmail(page('thread-collapsed-headers'), URL_THREAD);
    expect(ctx?.subject).toBe('Re: Health permit inspection Thursday');
    expect(ctx?.threadId).toBe('19a3578c2e91aa8b');
    expect(ctx?.people).toEqual([
      { email: MARIA, name: 'Maria Alvarez', role: 'from' },
      { email: LUIS, name: 'Luis Alvarez', role: 'from' },
      { email: PRIYA, name: 'Priya Natarajan', role: 'cc' },
    ]);
    expect(ctx?.messages).toEqual([
      { id: '19a3578c2e91aa8b', from: MARIA, at: local(2026, 10, 31, 19, 2) },
      { id: '19a37285d0b6f100', from: ME, at: local(2026, 11, 1, 10, 20) },
      { id: '19a3b9f4e5a21c33', from: LUIS, at: local(2026, 11, 2, 6, 55) },
    ]);
  });

  it('thread-hidden-view: reads only the visible view, whichever it is', () => {
    const doc = page('thread-hidden-view');
    const ctx = readGmail(doc, URL_THREAD);
    expect(ctx?.subject).toBe('Question about the slip-and-fall claim');
    expect(ctx?.threadId).toBe('19a4f6e7d8c9b0a1');
    expect(ctx?.people).toEqual([{ email: MARIA, name: 'Maria Alvarez', role: 'from' }]);
    expect(ctx?.messages).toEqual([{ id: '19a4f6e7d8c9b0a1', from: MARIA, at: local(2026, 11, 5, 8, 3) }]);
    expect(JSON.stringify(ctx)).not.toContain('fogcity');

    // Swap the views (Gmail toggles inline styles on navigation).
    const [stale, current] = [...doc.querySelectorAll('div.aeF > div.nH')] as HTMLElement[];
    stale!.removeAttribute('style');
    current!.setAttribute('style', 'display:none');
    const back = readGmail(doc, URL_THREAD);
    expect(back?.subject).toBe('Catering contract for Fog City Weddings');
    expect(back?.threadId).toBe('19a0d4a1b2c3d4e5');
    expect(back?.people).toEqual([
      { email: 'tom@fogcityweddings.com', name: 'Tom Becker', role: 'from' },
      { email: 'events@fogcityweddings.com', name: 'Fog City Events', role: 'to' },
    ]);

    // The `hidden` attribute hides too.
    current!.removeAttribute('style');
    stale!.setAttribute('hidden', '');
    expect(readGmail(doc, URL_THREAD)?.threadId).toBe('19a4f6e7d8c9b0a1');
  });

  it('compose-chips: the thread context ignores the compose window', () => {
    const ctx = readGmail(page('compose-chips'), URL_THREAD);
    expect(ctx?.subject).toBe('Slip-and-fall: photos from Saturday');
    expect(ctx?.threadId).toBe('19a502c4e1f3a7b9');
    expect(ctx?.people).toEqual([{ email: MARIA, name: 'Maria Alvarez', role: 'from' }]);
    expect(ctx?.messages).toEqual([{ id: '19a502c4e1f3a7b9', from: MARIA, at: local(2026, 11, 5, 9, 40) }]);
  });

  it('never takes a thread id from a visible list row (split pane)', () => {
    const doc = page('thread-several-messages');
    const list = doc.querySelector('div.aeF > div.nH')!;
    list.removeAttribute('style'); // list and thread both on screen
    list.querySelector('[data-legacy-thread-id]')!.setAttribute('data-legacy-thread-id', 'ffff0000aaaa1111');
    const h2 = doc.querySelector('h2.hP')!;
    h2.removeAttribute('data-legacy-thread-id');
    h2.removeAttribute('data-thread-perm-id');
    const ctx = readGmail(doc, URL_THREAD);
    expect(ctx?.subject).toBe('Lease renewal for the Mission St. shop');
    expect(ctx?.threadId).toBeUndefined();
    // An id elsewhere in the thread view (not a list row) is still used.
    doc.querySelector('div.nH.if')!.setAttribute('data-legacy-thread-id', '19a3f0c2d1e4b5dc');
    expect(readGmail(doc, URL_THREAD)?.threadId).toBe('19a3f0c2d1e4b5dc');
  });

  it('returns null while loading ([role=main] absent)', () => {
    const doc = page('thread-several-messages');
    doc.querySelectorAll('[role=main]').forEach((el) => el.removeAttribute('role'));
    expect(readGmail(doc, URL_THREAD)).toBeNull();
  });

  it('never throws on odd pages', () => {
    expect(readGmail(parse(''), URL_THREAD)).toBeNull();
    expect(readGmail(parse('<p>hello</p>'), URL_THREAD)).toBeNull();
    const broken = {
      querySelectorAll() {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(readGmail(broken, URL_THREAD)).toBeNull();
  });
});

describe('readGmail on hostile values', () => {
  it('keeps markup as plain text and ignores email attributes that are not addresses', () => {
    const doc = page('thread-hostile');
    const before = doc.querySelectorAll('*').length;
    const ctx = readGmail(doc, URL_THREAD);
    expect(doc.querySelectorAll('*').length).toBe(before);
    expect(ctx?.subject).toBe('<script>alert(1)</script> invoice');
    expect(ctx?.threadId).toBeUndefined();
    expect(ctx?.people).toEqual([
      { email: 'billing@evil-invoices.example', name: '<img src=x onerror=alert(1)>', role: 'from' },
      { email: LUIS, name: 'Luis Alvarez', role: 'to' },
    ]);
    // The date tooltip is not a date: `at` is left out, not NaN.
    expect(ctx?.messages).toEqual([{ id: '19a5a1b2c3d4e5f6', from: 'billing@evil-invoices.example' }]);
    expect(JSON.stringify(ctx)).not.toContain('phish');
  });
});

describe('gmailUserEmail', () => {
  it('reads the title, then the account button', () => {
    const doc = page('thread-started-by-user');
    expect(gmailUserEmail(doc)).toBe(ME);
    doc.title = 'Engagement letter and next steps';
    expect(gmailUserEmail(doc)).toBe(ME);
    // Still excluded through the fallback.
    expect(readGmail(doc, URL_THREAD)?.people.map((p) => p.email)).toEqual([MARIA, PRIYA]);
  });

  it('prefers the last address in the title (subjects can hold addresses)', () => {
    const doc = parse('<title>Fwd: from bob@example.com - Jordan.Lee@LeeLaw.com - Gmail</title>');
    expect(gmailUserEmail(doc)).toBe(ME);
  });

  it('is undefined when neither title nor account button names the user; the user\'s own "me" chip then does', () => {
    const doc = page('thread-started-by-user');
    doc.title = 'Gmail';
    doc.querySelector('#gb')!.remove();
    expect(gmailUserEmail(doc)).toBeUndefined();
    const ctx = readGmail(doc, URL_THREAD)!;
    expect(ctx.self).toBe(ME);
    expect(ctx.people.map((p) => p.email)).not.toContain(ME);
  });

  it('with no "me" chip either, the user shows up like anyone else (nothing to tell them apart by)', () => {
    const doc = page('thread-started-by-user');
    doc.title = 'Gmail';
    doc.querySelector('#gb')!.remove();
    for (const chip of doc.querySelectorAll('span[email]')) if (chip.textContent!.trim() === 'me') chip.textContent = 'Jordan Lee';
    expect(readGmail(doc, URL_THREAD)?.people[0]).toEqual({ email: ME, name: 'Jordan Lee', role: 'from' });
  });
});

describe('older markup fallbacks', () => {
  it('reads .ha h2, td.gF span[email], data-message-id only, and the 2014 "at" date form', () => {
    const doc = parse(`<title>Inbox - ${ME} - Gmail</title>
      <div role="main"><div class="ha"><h2>Old style subject</h2></div>
      <div class="adn ads" data-message-id="#msg-f:1418934907048000">
        <table><tr><td class="gF gK"><span email="${MARIA}" name="Maria Alvarez">Maria</span></td>
        <td><span class="g3" title="Thu, Dec 18, 2014 at 12:35 PM">12:35 PM</span></td></tr></table>
      </div></div>`);
    expect(readGmail(doc, URL_THREAD)).toEqual({
      site: 'gmail',
      url: URL_THREAD.href,
      subject: 'Old style subject',
      self: ME,
      view: 'thread',
      cases: [],
      people: [{ email: MARIA, name: 'Maria Alvarez', role: 'from' }],
      messages: [{ id: 'msg-f:1418934907048000', from: MARIA, at: local(2014, 12, 18, 12, 35) }],
    });
  });

  it('leaves out dates it cannot read safely (numeric or non-English)', () => {
    const doc = parse(`<div role="main"><div class="adn" data-legacy-message-id="abc123">
      <span class="gD" email="${MARIA}"></span><span class="g3" title="03/11/2026, 09:14"></span></div>
      <div class="adn" data-legacy-message-id="abc124"><span class="g3" title="3 de noviembre de 2026, 9:14"></span></div></div>`);
    expect(readGmail(doc, URL_THREAD)?.messages).toEqual([{ id: 'abc123', from: MARIA }, { id: 'abc124' }]);
  });
});

describe('readGmailCompose', () => {
  it('compose-chips: to, cc, bcc from chips, de-duplicated', () => {
    const doc = page('compose-chips');
    const form = doc.querySelector('[role=dialog] .AD form')!;
    expect(readGmailCompose(form)).toEqual([
      { email: MARIA, name: 'Maria Alvarez', role: 'to' },
      { email: LUIS, name: 'Luis Alvarez', role: 'to' },
      { email: PRIYA, name: 'Priya Natarajan', role: 'cc' },
      { email: 'records@leelaw.com', role: 'bcc' },
    ]);
  });

  it('classic fields: textarea / hidden input "Name <email>, …"', () => {
    const doc = parse(`<form>
      <textarea class="vO" name="to">Maria Alvarez &lt;${MARIA}&gt;, ${LUIS}</textarea>
      <input type="hidden" name="cc" value='"Natarajan, Priya" <${PRIYA}>, not an address, <bad@>'>
      <input type="hidden" name="bcc" value="">
    </form>`);
    expect(readGmailCompose(doc.querySelector('form')!)).toEqual([
      { email: MARIA, name: 'Maria Alvarez', role: 'to' },
      { email: LUIS, role: 'to' },
      { email: PRIYA, name: 'Natarajan, Priya', role: 'cc' },
    ]);
  });

  it('an empty compose gives nobody', () => {
    expect(readGmailCompose(parse('<form></form>').querySelector('form')!)).toEqual([]);
  });
});

describe('real saved Gmail pages (../shared/fixtures, InboxSDK test suite)', () => {
  for (const name of ['inboxsdk__injected-thread-identifier.html', 'inboxsdk__gmail-2017-09-08-gmail-addon-sidebar.html']) {
    const file = path.join(SHARED, name);
    it.skipIf(!existsSync(file))(`${name} → null, no crash${existsSync(file) ? '' : ` (skipped: ${file} is absent)`}`, () => {
      expect(readGmail(parse(readFileSync(file, 'utf8')), new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
    });
  }
});

describe('collapsed messages without ids (2019 threads) and a localised "me" chip', () => {
  it('reads every sender, logs only messages with an id, and never offers the user', () => {
    const ctx = readGmail(page('thread-collapsed-no-ids'), URL_THREAD)!;
    expect(ctx.self).toBe(ME);
    expect(ctx.people).toEqual([
      { email: MARIA, name: 'Maria Alvarez', role: 'from' },
      { email: 'sam.okafor@okaforpm.com', name: 'Sam Okafor', role: 'from' },
    ]);
    expect(ctx.messages).toEqual([{ id: '16d9a2b3c4d5e6f7', from: 'sam.okafor@okaforpm.com', at: expect.any(Number) }]);
    expect(ctx.subject).toBe('Re: Lease renewal, Unit 4B');
  });
});

