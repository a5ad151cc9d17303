// The layout finders: which containers make room for the sidebar, read from
// the page's structure alone (the content script measures and styles them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailColumns } from '../../../lib/sites/gmail';
import { outlookColumns } from '../../../lib/sites/outlook';
import { parseHtml } from '../../parse-html';
import { SHARED_FIXTURES } from '../../shared-fixtures';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const page = (rel: string) => parseHtml(readFileSync(path.join(FIXTURES, rel), 'utf8'));
const names = (site: string) => readdirSync(path.join(FIXTURES, site)).filter((f) => f.endsWith('.html'));
const describeEl = (el: Element | undefined) => el && `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;

describe('gmailColumns', () => {
  it.each(names('gmail'))('%s: the main column holds the views', (name) => {
    const doc = page(`gmail/${name}`);
    const [main] = gmailColumns(doc);
    expect(main).toBeDefined();
    expect(main!.matches('div.aeF') || main!.querySelector('div.aeF')).toBeTruthy();
  });

  it('takes the column in the row beside the left nav and the app column, not the row', () => {
    const doc = page('gmail/thread-side-panel.2026-11.html');
    expect(gmailColumns(doc).map(describeEl)).toEqual(['div.nH.bkK.nn']);
  });

  it('adds the compose dock when compose windows are open', () => {
    expect(gmailColumns(page('gmail/compose-chips.2026-11.html')).map(describeEl)).toEqual(['div.nH.bkK', 'div.dw']);
  });

  it('falls back to the views container on pages without the column (a 2019-style page)', () => {
    expect(gmailColumns(page('gmail/thread-collapsed-no-ids.2026-11.html')).map(describeEl)).toEqual(['div.aeF']);
  });

  it('finds nothing where no views are (the sidebar then overlays)', () => {
    expect(gmailColumns(parseHtml('<div class="nH"><div class="bkK"></div><p>Loading…</p></div>'))).toEqual([]);
    // A .bkK without views is not the main column.
    expect(gmailColumns(parseHtml('<div class="no"><div class="nn bkK"></div><div class="nn bnl"></div></div>'))).toEqual([]);
  });

  const saved = (name: string) => path.join(SHARED_FIXTURES, 'gmail', name);
  const inbox2014 = saved('inboxsdk__injected-thread-identifier.html');
  it.skipIf(!existsSync(inbox2014))(`real saved 2014 inbox: its views container${existsSync(inbox2014) ? '' : ` (skipped: ${inbox2014} is absent)`}`, () => {
    expect(gmailColumns(parseHtml(readFileSync(inbox2014, 'utf8'))).map(describeEl)).toEqual(['div#:2.aeF']);
  });
  const addon = saved('inboxsdk__gmail-2017-09-08-gmail-addon-sidebar.html');
  it.skipIf(!existsSync(addon))(`real saved 2017 add-on panel fragment: its empty column is not taken${existsSync(addon) ? '' : ` (skipped: ${addon} is absent)`}`, () => {
    expect(gmailColumns(parseHtml(readFileSync(addon, 'utf8')))).toEqual([]);
  });
});

describe('outlookColumns', () => {
  it.each(names('outlook'))('%s: one container, holding the reading pane or compose form', (name) => {
    const doc = page(`outlook/${name}`);
    const cols = outlookColumns(doc);
    expect(cols).toHaveLength(1);
    const pane = doc.querySelector('[role=main], [data-app-section=Form_Content]')!;
    expect(cols[0]!.contains(pane)).toBe(true);
    // And the mail list, where there is one.
    const list = doc.querySelector('#MailList');
    if (list) expect(cols[0]!.contains(list)).toBe(true);
  });

  it('takes the reading pane alone when no mail list is there', () => {
    expect(outlookColumns(page('outlook/hostile-display-name.2026-11.html')).map(describeEl)).toEqual(['div.yZ8Tv']);
    expect(outlookColumns(page('outlook/popout-compose.2026-11.html')).map(describeEl)).toEqual(['div.c7Kq1']);
  });

  it('takes the container of list and pane, never <body>', () => {
    expect(outlookColumns(page('outlook/reading-pane-one-message.2026-11.html')).map(describeEl)).toEqual(['div#appRoot.jE1W0']);
    const bare = parseHtml('<div id="MailList"></div><div role="main">x</div>');
    expect(outlookColumns(bare).map(describeEl)).toEqual(['div.']);
  });

  it('finds nothing without a reading pane or form', () => {
    expect(outlookColumns(parseHtml('<div id="appRoot"><div id="MailList"></div></div>'))).toEqual([]);
  });
});
