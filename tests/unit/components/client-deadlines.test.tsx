/** @vitest-environment happy-dom */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClientDeadlines } from '../../../components/sidebar/ClientDeadlines';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers } from '../../../lib/messaging/handlers';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { RapportError, type send as realSend } from '../../../lib/messaging/client';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { button, byLabel, click, fill } from './deadlines/dom';

// Thursday 26 November 2026, 10:00 local. The component talks to the real
// handlers over a real (fake-indexeddb) database, as the sidebar page does.
const NOW = new Date(2026, 10, 26, 10).getTime();
const DAY = 864e5;
let db: Db;
let host: HTMLElement;

const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> => {
  const r = await route({ type, payload }, BACKGROUND, handlers, { db, now: () => NOW });
  if (!r.ok) throw new RapportError(r.error.code, r.error.message, r.error.issues);
  return r.data as ReplyMap[K];
}) as typeof realSend;

const settle = () => act(async () => { for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0)); });

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('t');
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ClientDeadlines (sidebar)', () => {
  it('shows the next three with their states, flags a broken promise, raises Check in, adds a promise and a question', async () => {
    const { client: c } = await send('createClient', { client: { name: 'Maria Alvarez', preferredName: 'Mari', emails: ['maria@alvarezbakery.com'] } });
    for (const [ago, sentiment] of [[5, 1], [3, -1], [1, -2]] as const)
      await send('logInteraction', { interaction: { clientId: c.id, kind: 'call', at: NOW - ago * DAY, sentiment } });
    const id = c.id;
    await send('saveDeadline', { deadline: { clientId: id, title: 'Opposition to demurrer', kind: 'court', dueDate: '2026-11-28' } });
    await send('saveDeadline', { deadline: { clientId: id, title: 'Send the draft lease', kind: 'promise', dueDate: '2026-11-24' } });
    await send('saveDeadline', { deadline: { clientId: id, title: 'Discovery responses', kind: 'court', dueDate: '2026-12-20' } });
    await send('saveDeadline', { deadline: { clientId: id, title: 'Case review', kind: 'internal', dueDate: '2027-01-20' } });
    const statuses: string[] = [];

    await act(() => render(<ClientDeadlines clientId={id} name="Mari" emails={['maria@alvarezbakery.com']} send={send} now={() => NOW} status={(m) => statuses.push(m)} logNote={async () => {}} />, host));
    await settle();
    const items = [...host.querySelectorAll('.rp-dl-item')].map((li) => [li.getAttribute('data-state'), li.querySelector('.rp-dl-title')!.textContent]);
    expect(items).toEqual([
      ['missed', 'Promise: Send the draft lease'],
      ['at-risk', 'Opposition to demurrer'],
      ['upcoming', 'Discovery responses'],
    ]);
    expect(host.textContent).toContain('1 more open');
    expect(host.querySelector('.rp-broken')!.textContent).toContain('Promise overdue: Send the draft lease');
    expect(host.querySelector('.rp-check-in')!.textContent).toContain('Check in with Mari');
    expect(host.querySelector('svg title')!.textContent).toBe('Mood over the last 3 interactions, oldest first: pleased, frustrated, frustrated.');
    expect(host.querySelector<HTMLAnchorElement>('a.rp-link')!.getAttribute('href')).toBe(`brief.html?client=${id}`);

    await fill(byLabel(host, 'New promise'), 'call back · tomorrow');
    await click(button(host, 'Add'));
    await settle();
    const promises = (await send('listDeadlines', { clientId: id, kind: 'promise' })).items.map((i) => [i.deadline.title, i.deadline.dueDate]);
    expect(promises).toContainEqual(['call back', '2026-11-27']);
    expect(statuses).toContain('Promise added: call back');

    await fill(byLabel(host, 'New question to ask'), 'Would she accept a payment plan?');
    await click(button(host, 'Add question'));
    await vi.waitFor(async () => (await settle(), expect(host.querySelector('.rp-questions li')?.textContent).toContain('Would she accept a payment plan?')));
    await click(button(host, 'Answered: Would she accept a payment plan?'));
    await vi.waitFor(async () => (await settle(), expect(host.querySelector('.rp-questions li')).toBeNull()));
    expect((await send('listOpenQuestions', { clientId: id })).questions[0]!.resolvedAt).toBe(NOW);
  });
});
