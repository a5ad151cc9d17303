/** @vitest-environment happy-dom */
// The sidebar's filing blocks (FilingFlags) against a fake background: the
// rejected-filing flag with Acknowledge, and the portal row's one-click "Log
// filing". Written with h() so the file stays .ts.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import type { Client } from '../../../lib/model/client';
import type { ClientView, FilingFlag, MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import type { ScreenContext } from '../../../lib/sites/types';
import { RapportError } from '../../../lib/messaging/client';

const NOW = Date.UTC(2026, 10, 6, 12);

const tom: Client = {
  id: 'c-tom',
  name: 'Thomas Becker',
  preferredName: 'Tom',
  emails: [],
  phones: [],
  domains: [],
  matters: [{ id: 'm', people: [], caseNumber: '23CV00274' }],
  notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
  goals: [],
  tags: [],
  createdAt: 1,
  updatedAt: 1,
};
const view = (c: Client): ClientView => ({ client: c, matchedOn: ['case 23CV00274'], cadence: { status: 'never' }, recent: [] });

function fakeBackground(flags: FilingFlag[]) {
  const calls: { type: MessageType; payload: unknown }[] = [];
  let logged = false;
  const handlers: { [K in MessageType]?: (p: RequestOf<K>) => ReplyMap[K] } = {
    getClientContext: () => ({ matches: [view(tom)], unknown: [] }),
    listFilingFlags: () => ({ flags: [...flags] }),
    acknowledgeFiling: ({ id }) => {
      flags.splice(flags.findIndex((f) => f.id === id), 1);
      return { acknowledged: true };
    },
    logFilings: ({ filings }) => {
      const created = !logged;
      logged = true;
      return { results: filings.map((f) => ({ clientId: f.clientId, interactionId: 'i-1', created, flagged: false })) };
    },
  };
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>) => {
    calls.push({ type, payload: structuredClone(payload) });
    await Promise.resolve();
    const fn = handlers[type] as ((p: RequestOf<K>) => ReplyMap[K]) | undefined;
    if (!fn) throw new RapportError('unknown-message', type);
    return fn(payload);
  }) as unknown as SidebarProps['send'];
  return { send, calls };
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () =>
  act(async () => {
    for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
  });
const text = () => (host.textContent ?? '').replace(/\s+/g, ' ');
const button = (name: string) => {
  const b = [...host.querySelectorAll('button')].find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`no button ${name} in ${text()}`);
  return b;
};
const click = async (b: HTMLElement) => {
  await act(() => b.click());
  await flush();
};

const row = (status: string): ScreenContext => ({
  site: 'one-legal',
  url: 'https://app.onelegal.com/orders',
  people: [],
  view: 'list',
  cases: [{ caseNumber: '23CV00274', status, ref: '31845203', caseName: 'Becker v. Nordlicht GmbH' }],
});

async function show(props: Partial<SidebarProps> & Pick<SidebarProps, 'send'>) {
  await act(() => render(h(Sidebar, { context: null, collapsed: false, onToggle: () => {}, now: () => NOW, ...props }), host));
  // The client first, then its flags.
  await flush();
  await flush();
}

describe('filing blocks in the sidebar', () => {
  it('shows a rejected filing as a flag until Acknowledge, which the background persists', async () => {
    const bg = fakeBackground([
      { id: 'f1', clientId: 'c-tom', clientName: 'Tom', site: 'one-legal', status: 'Rejected by Court', caseNumber: '23CV00274', ref: '31845203', at: NOW, summary: '' },
    ]);
    await show({ send: bg.send, context: row('Rejected by Court'), filings: true, focus: { clientId: 'c-tom' } });
    expect(text()).toContain('Filing rejected: 23CV00274 — order 31845203 · Tell the client');
    await click(button('Acknowledge'));
    expect(text()).not.toContain('Filing rejected');
    expect(bg.calls.filter((c) => c.type === 'acknowledgeFiling')).toEqual([{ type: 'acknowledgeFiling', payload: { id: 'f1' } }]);
  });

  it('offers "Log filing" for the row it was opened from, and says when it was already logged', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, context: row('In Progress'), filings: true });
    expect(text()).toContain('In Progress — order 31845203');
    await click(button('Log filing'));
    expect(text()).toContain('Logged');
    expect(bg.calls.find((c) => c.type === 'logFilings')!.payload).toEqual({
      site: 'one-legal',
      filings: [{ clientId: 'c-tom', filing: { caseNumber: '23CV00274', status: 'In Progress', ref: '31845203', caseName: 'Becker v. Nordlicht GmbH' } }],
    });
  });

  it('without `filings` (mail sidebars in unit tests) asks nothing about filings', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, context: row('In Progress') });
    expect(bg.calls.map((c) => c.type)).toEqual(['getClientContext']);
    expect(text()).not.toContain('Log filing');
  });

  it('shows the empty text it is given', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, emptyText: 'Click a Rapport badge beside a case number to see that client here.' });
    expect(text()).toContain('Click a Rapport badge beside a case number');
  });
});
