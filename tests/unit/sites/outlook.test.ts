/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parse-html';
import {
  OUTLOOK_MATCHES,
  outlookAdapter,
  outlookUserEmail,
  readOutlook,
  readOutlookCompose,
} from '../../../lib/sites/outlook';

const page = (name: string) =>
  parseHtml(readFileSync(resolve('tests/fixtures/outlook', `${name}.2026-11.html`), 'utf8'));

const ONE_ID = 'AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7+zVKmXKq0vZpW1c=';
const ONE_URL = new URL('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNmQ0LTQ5NzgtMDACLTAwCgAQAJx1ZqK7%2BzVKmXKq0vZpW1c%3D');
const CONV_ID = 'AQQkADAwATNiZmYAZC0xOTAwAC1mYTg1LTAwAi0wMAoAEABE3m5nWz6iTqnS0mA4s1ZV';
const CONV_URL = new URL(`https://outlook.live.com/mail/0/inbox/id/${CONV_ID}`);

const maria = { email: 'maria.alvarez@alvarezbakery.com', name: 'Maria Alvarez' };
const tom = { email: 'tom@beckerlogistics.de', name: 'Tom Becker' };

describe('outlook adapter: reading pane, one message', () => {
  const doc = page('reading-pane-one-message');
  const ctx = readOutlook(doc, ONE_URL);

  it('reads sender, recipients, subject and conversation id; the user is left out', () => {
    expect(ctx).toEqual({
      site: 'outlook',
      url: ONE_URL.href,
      subject: 'Lease renewal for the Elm Street bakery',
      threadId: ONE_ID,
      people: [
        { ...maria, role: 'from' },
        { ...tom, role: 'cc' },
      ],
      cases: [],
      messages: [{ id: `${ONE_ID}#${maria.email}|Wed 11/11/2026 9:14 AM`, from: maria.email }],
      view: 'thread',
      self: 'jordan.lee@leelaw.com',
    });
  });

  it('never reads addresses from the body, the mail list or the folder tree', () => {
    const all = JSON.stringify({ ...ctx, self: undefined });
    for (const a of ['priya.nair@', 'leasing@', 'northwind', 'jordan.lee@']) expect(all).not.toContain(a);
  });

  it('finds the signed-in user in the folder tree, then the account manager', () => {
    expect(outlookUserEmail(doc)).toBe('jordan.lee@leelaw.com');
    const d = page('reading-pane-one-message');
    d.querySelectorAll('[id^=primaryMailboxRoot]').forEach((e) => e.remove());
    expect(outlookUserEmail(d)).toBe('jordan.lee@leelaw.com');
    d.querySelector('#mectrl_currentAccount_secondary')!.remove();
    expect(outlookUserEmail(d)).toBeUndefined();
    // Without knowing the user, their address is just another recipient.
    expect(readOutlook(d, ONE_URL)!.people.map((p) => p.email)).toEqual([maria.email, 'jordan.lee@leelaw.com', tom.email]);
  });

  it('does not depend on hashed class names', () => {
    const d = page('reading-pane-one-message');
    d.querySelectorAll('[class]').forEach((e) => e.removeAttribute('class'));
    expect(readOutlook(d, ONE_URL)).toEqual(ctx);
  });

  it('falls back to the ItemID in the URL when no list row is selected', () => {
    const d = page('reading-pane-one-message');
    d.querySelector('#MailList [aria-selected=true]')!.setAttribute('aria-selected', 'false');
    expect(readOutlook(d, ONE_URL)!.threadId).toBe(ONE_ID);
    expect(readOutlook(d, new URL('https://outlook.office365.com/mail/deeplink/read?ItemID=AAMkAG%2Fx'))!.threadId).toBe('AAMkAG/x');
    expect(readOutlook(d, new URL('https://outlook.office.com/mail/inbox'))!.threadId).toBeUndefined();
  });

  it('keeps name-only recipients (not the user, not "+2 others") and reads To and Cc from one line', () => {
    const d = page('reading-pane-one-message');
    const wells = d.querySelectorAll('[data-testid=RecipientWell]');
    wells[1]!.remove();
    wells[0]!.innerHTML =
      '<span>To:</span> <span>Jordan Lee</span>; <span>Alvarez Bakery Accounts</span> <span>Cc:</span> <span>Tom Becker</span>; <button>+2 others</button>';
    expect(readOutlook(d, ONE_URL)!.people).toEqual([
      { ...maria, role: 'from' },
      { name: 'Alvarez Bakery Accounts', role: 'to' },
      { name: 'Tom Becker', role: 'cc' },
    ]);
  });

  it('still reads people with no message labels, test ids or times (language-independent fallbacks)', () => {
    const d = page('reading-pane-one-message');
    d.querySelectorAll('[aria-label]').forEach((e) => e.removeAttribute('aria-label'));
    d.querySelectorAll('[data-testid=SentReceivedSavedTime]').forEach((e) => e.remove());
    const c = readOutlook(d, ONE_URL)!;
    expect(c.people).toEqual(ctx!.people);
    expect(c.messages).toEqual([{ id: `${ONE_ID}#0`, from: maria.email }]);
  });
});

describe('outlook adapter: conversation with three messages', () => {
  const ctx = readOutlook(page('conversation-three-messages'), CONV_URL)!;

  it('takes everyone from every visible message, sender first, user left out', () => {
    expect(ctx.view).toBe('thread');
    expect(ctx.subject).toBe('Delivery contract – Alvarez Bakery / Becker Logistics');
    expect(ctx.threadId).toBe(CONV_ID);
    expect(ctx.people).toEqual([
      { ...maria, role: 'from' },
      { ...tom, role: 'from' },
      { email: 'sam.ortiz@leelaw.com', name: 'Sam Ortiz', role: 'cc' },
      { email: 'dispatch@beckerlogistics.de', role: 'cc' },
    ]);
  });

  it('lists messages oldest first (newest-on-top page, only the newest expanded)', () => {
    expect(ctx.messages).toEqual([
      { id: `${CONV_ID}#${maria.email}|Wed 11/11/2026 9:14 AM`, from: maria.email },
      { id: `${CONV_ID}#jordan.lee@leelaw.com|Wed 11/11/2026 4:40 PM`, from: 'jordan.lee@leelaw.com' },
      { id: `${CONV_ID}#${tom.email}|Thu 11/12/2026 11:02 AM`, from: tom.email },
    ]);
  });

  it('keeps page order when the newest message is last (newest on bottom)', () => {
    const d = page('conversation-three-messages');
    const list = d.querySelector('.ZOM9m')!;
    [...list.children].reverse().forEach((c) => list.appendChild(c));
    expect(readOutlook(d, CONV_URL)!.messages!.map((m) => m.from)).toEqual([maria.email, 'jordan.lee@leelaw.com', tom.email]);
  });

  it('sorts by stated dates and sets `at` only when the date cannot be misread', () => {
    const d = page('conversation-three-messages');
    const times = d.querySelectorAll('[data-testid=SentReceivedSavedTime]');
    ['Thu, Nov 12, 2026 11:02 AM', 'Wed, Nov 11, 2026 4:40 PM', 'Wed, Nov 11, 2026 9:14 AM'].forEach((t, i) =>
      times[i]!.setAttribute('title', t),
    );
    const msgs = readOutlook(d, CONV_URL)!.messages!;
    expect(msgs.map((m) => m.from)).toEqual([maria.email, 'jordan.lee@leelaw.com', tom.email]);
    expect(msgs[0]!.at).toBe(new Date(2026, 10, 11, 9, 14).getTime());
    expect(readOutlook(page('conversation-three-messages'), CONV_URL)!.messages!.every((m) => m.at === undefined)).toBe(true);
    times[2]!.setAttribute('title', 'mar 10/11/2026 9:14'); // Spanish Tuesday, day first
    expect(readOutlook(d, CONV_URL)!.messages!.map((m) => [m.from, !!m.at])).toEqual([
      [maria.email, false],
      ['jordan.lee@leelaw.com', true],
      [tom.email, true],
    ]);
  });

  it('is a compose view with the thread when a reply is open under the conversation', () => {
    const d = page('conversation-three-messages');
    d.querySelector('[role=main]')!.insertAdjacentHTML(
      'beforeend',
      '<div><div contenteditable="true" aria-label="To"><span>Tom Becker &lt;tom@beckerlogistics.de&gt;</span></div>' +
        '<div contenteditable="true" aria-multiline="true">Thanks Tom, maria.alvarez@alvarezbakery.com</div></div>',
    );
    expect(readOutlook(d, CONV_URL)).toMatchObject({
      view: 'compose',
      threadId: CONV_ID,
      subject: 'Delivery contract – Alvarez Bakery / Becker Logistics',
      people: [{ ...tom, role: 'to' }],
    });
  });
});

describe('outlook adapter: German UI', () => {
  it('reads the German page exactly like the English one', () => {
    const de = readOutlook(page('german-reading-pane'), ONE_URL)!;
    const en = readOutlook(page('reading-pane-one-message'), ONE_URL)!;
    expect(de.people).toEqual(en.people);
    expect(de.people).toEqual([
      { ...maria, role: 'from' },
      { ...tom, role: 'cc' },
    ]);
    expect(de.subject).toBe(en.subject);
    expect(de.threadId).toBe(ONE_ID);
    expect(de.view).toBe('thread');
    expect(de.messages).toEqual([{ id: `${ONE_ID}#${maria.email}|Mi 11.11.2026 09:14`, from: maria.email }]);
  });
});

describe('outlook adapter: compose', () => {
  const doc = page('compose-chips');

  it('reads To, Cc and Bcc chips; a name-only chip has no email; the user and typed text are left out', () => {
    const ctx = readOutlook(doc, new URL('https://outlook.office.com/mail/inbox'));
    expect(ctx).toEqual({
      site: 'outlook',
      url: 'https://outlook.office.com/mail/inbox',
      people: [
        { ...maria, role: 'to' },
        { email: tom.email, role: 'to' },
        { name: 'Sam Ortiz', role: 'cc' },
        { email: 'records@leelaw.com', role: 'bcc' },
      ],
      cases: [],
      view: 'compose',
      self: 'jordan.lee@leelaw.com',
    });
    const sam = ctx!.people.find((p) => p.name === 'Sam Ortiz')!;
    expect('email' in sam).toBe(false);
  });

  it('readOutlookCompose reads one form; wells labelled Cc / Bcc keep their role when one is missing', () => {
    const form = doc.querySelector('[role=main]')!;
    expect(readOutlookCompose(form).map((p) => p.role)).toEqual(['to', 'to', 'cc', 'bcc']);
    const d = page('compose-chips');
    d.querySelector('[contenteditable][aria-label=Cc]')!.remove();
    expect(readOutlookCompose(d.querySelector('[role=main]')!)).toEqual([
      { ...maria, role: 'to' },
      { email: tom.email, role: 'to' },
      { email: 'records@leelaw.com', role: 'bcc' },
    ]);
  });

  it('reads a pop-out compose window (Form_Content) and "Alvarez, Maria" style names', () => {
    const d = parseHtml('<div data-app-section="Form_Content"><div contenteditable="true"><span><span>Alvarez, Maria</span><span>&lt;Maria.Alvarez@AlvarezBakery.com&gt;</span></span>' +
        '<span>Tom Becker</span></div><div contenteditable="true" aria-multiline="true"></div></div>');
    expect(readOutlook(d, new URL('https://outlook.office.com/mail/deeplink/compose'))).toMatchObject({
      view: 'compose',
      people: [
        { email: maria.email, name: 'Alvarez, Maria', role: 'to' },
        { name: 'Tom Becker', role: 'to' },
      ],
    });
  });
});

describe('outlook adapter: nothing open', () => {
  it('returns null on the inbox list', () => {
    expect(readOutlook(page('inbox-no-message'), new URL('https://outlook.office.com/mail/inbox'))).toBeNull();
  });

  it('never throws on odd pages', () => {
    const u = new URL('https://outlook.office.com/mail/inbox/id/%E0%A4%A');
    for (const html of ['', '<div role="main"></div>', '<div id="ReadingPaneContainerId"><div role="heading" title=""></div></div>'])
      expect(readOutlook(parseHtml(html), u)).toBeNull();
    const d = page('reading-pane-one-message');
    expect(readOutlook(d, u)!.threadId).toBe(ONE_ID);
    d.querySelector('#MailList [aria-selected=true]')!.removeAttribute('data-convid');
    expect(readOutlook(d, u)!.threadId).toBe('%E0%A4%A');
  });
});

describe('outlook adapter: hostile display names', () => {
  it('returns markup in names as plain text and creates no element', () => {
    const doc = page('hostile-display-name');
    const before = doc.querySelectorAll('img,svg,script').length;
    const ctx = readOutlook(doc, new URL('https://outlook.office.com/mail/inbox/id/x'))!;
    expect(ctx.subject).toBe('<script>alert(2)</script> invoice');
    expect(ctx.people).toEqual([
      { email: 'mallory@evil.example', name: '<img src=x onerror=alert(1)>', role: 'from' },
      { email: 'victim@example.org', name: '><svg onload=alert(3)>', role: 'to' },
    ]);
    expect(doc.querySelectorAll('img,svg,script').length).toBe(before);
    expect(before).toBe(0);
  });
});

describe('outlook adapter: matches', () => {
  const m = (u: string) => outlookAdapter.matches(new URL(u));

  it('accepts every Outlook host, the live.com account path and Defender for Cloud Apps hosts', () => {
    expect(outlookAdapter.id).toBe('outlook');
    for (const u of [
      'https://outlook.office.com/mail/',
      'https://outlook.office.com/mail/inbox/id/AAQkAD%3D',
      'https://outlook.office365.com/mail/inbox',
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAw',
      'https://outlook.cloud.microsoft/mail/inbox',
      'https://outlook.office.com.mcas.ms/mail/inbox',
      'https://outlook.cloud.microsoft.mcas.ms/mail/',
      'https://outlook.office365.com/owa/?ItemID=AAMkAG',
    ])
      expect(m(u), u).toBe(true);
  });

  it('rejects look-alikes, other apps and plain http', () => {
    for (const u of [
      'https://evil.com/outlook.office.com',
      'https://outlook.office.com.evil.com/mail/',
      'https://evil.mcas.ms/mail/',
      'https://outlook.office.com.mcas.ms.evil.com/mail/',
      'https://xoutlook.office.com/mail/',
      'http://outlook.office.com/mail/',
      'https://outlook.office.com/calendar/view/week',
      'https://mail.google.com/mail/u/0/',
    ])
      expect(m(u), u).toBe(false);
  });

  it('exports precise manifest match patterns', () => {
    expect(OUTLOOK_MATCHES).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office.com.mcas.ms/*',
      'https://outlook.office365.com/*',
      'https://outlook.office365.com.mcas.ms/*',
      'https://outlook.live.com/*',
      'https://outlook.live.com.mcas.ms/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.cloud.microsoft.mcas.ms/*',
    ]);
    for (const p of OUTLOOK_MATCHES) expect(p).toMatch(/^https:\/\/outlook\.[a-z0-9.]+\/\*$/);
  });
});

describe('beyond the main window (hand-written pages, 2026-11)', () => {
  it('a pop-out reading window reads like the main window', () => {
    const url = new URL('https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93AAA%3D?popoutv2=1');
    const ctx = readOutlook(page('popout-read'), url);
    expect(ctx).toMatchObject({
      view: 'thread',
      subject: 'Re: Deposition dates',
      threadId: 'AAMkAGI2TG93AAA=',
      people: [
        { email: 'tom.becker@nordlicht.example', name: 'Tom Becker', role: 'from' },
        { email: 'priya.nair@elmstreet-realty.example', name: 'Priya Nair', role: 'cc' },
      ],
    });
    expect(ctx!.messages).toHaveLength(1);
  });

  it('a pop-out compose window reads its To and Cc, without the user', () => {
    const ctx = readOutlook(page('popout-compose'), new URL('https://outlook.office.com/mail/deeplink/compose?popoutv2=1'));
    expect(ctx).toMatchObject({ view: 'compose', people: [{ email: 'maria.alvarez@alvarezbakery.com', name: 'Maria Alvarez', role: 'to' }] });
    expect(ctx!.people).toHaveLength(1);
  });

  it('a shared mailbox: neither the signed-in user nor the mailbox owner is offered', () => {
    const url = new URL('https://outlook.office.com/mail/intake@leelaw.com/inbox/id/AAQkADshared01%3D');
    const ctx = readOutlook(page('shared-mailbox'), url)!;
    expect(ctx.self).toBe('jordan.lee@leelaw.com');
    expect(ctx.people).toEqual([{ email: 'rosa.delgado@example.net', name: 'Rosa Delgado', role: 'from' }]);
    expect(ctx.threadId).toBe('AAQkADshared01=');
  });

  it('an inbox with no message open is still nothing, pop-out fallback or not', () => {
    expect(readOutlook(page('inbox-no-message'), new URL('https://outlook.office.com/mail/inbox'))).toBeNull();
  });
});
