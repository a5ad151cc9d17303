import { describe, expect, it, vi } from 'vitest';
import type { Caller, SenderInfo } from '../../../lib/messaging/caller';
import type { HostCommand, SidebarPush } from '../../../lib/messaging/ports';
import type { ClientContextReply } from '../../../lib/messaging/protocol';
import { createScreenHub, type HubPort, type ScreenHubDeps } from '../../../lib/messaging/screen-hub';
import type { ScreenContext } from '../../../lib/sites/types';

// The background's pairing of tabs and sidebar pages, against fake ports: what
// each sidebar is sent, what each tab's content script is told, and that a
// content script's port is never given a sidebar's place.

const OWN = 'chrome-extension://own';

function port(sender: SenderInfo & { tab?: { id?: number; windowId?: number } }) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const got: SidebarPush[] = [];
  const p: HubPort & { got: SidebarPush[]; ask(m: unknown): void; drop(): void; disconnected: boolean } = {
    name: 'rapport:sidebar',
    sender,
    got,
    disconnected: false,
    postMessage: (m) => void got.push(m),
    onMessage: { addListener: (fn) => void onMessage.push(fn) },
    onDisconnect: { addListener: (fn) => void onDisconnect.push(fn) },
    disconnect() {
      p.disconnected = true;
    },
    ask: (m) => onMessage.forEach((fn) => fn(m)),
    drop: () => onDisconnect.forEach((fn) => fn()),
  };
  return p;
}

const frameIn = (tabId: number) => port({ id: 'x', url: `${OWN}/sidebar.html`, tab: { id: tabId }, frameId: 3 });
const windowFor = () => port({ id: 'x', url: `${OWN}/sidebar.html?tab=9`, tab: { id: 50, windowId: 77 }, frameId: 0 });

const screen = (email: string): ScreenContext => ({ site: 'gmail', url: 'https://mail.google.com/', people: [{ email, role: 'from' }], cases: [] });
const reply = (n: number): ClientContextReply => ({ matches: Array.from({ length: n }, () => ({}) as ClientContextReply['matches'][number]), unknown: [] });
const gmail = (tabId: number): Extract<Caller, { kind: 'mail' }> => ({ kind: 'mail', site: 'gmail', tabId, frameId: 0, origin: 'https://mail.google.com' });
const userPortal = (tabId: number): Extract<Caller, { kind: 'portal' }> => ({ kind: 'portal', site: 'portal', tabId, frameId: 0, origin: 'https://x.gov', efiling: false, userAdded: true });
const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(over: Partial<ScreenHubDeps> = {}) {
  const told: [number, HostCommand][] = [];
  const lookups: ScreenContext[] = [];
  const deps: ScreenHubDeps = {
    isOwnPage: (s) => !!s?.url?.startsWith(OWN),
    tell: async (tabId, c) => void told.push([tabId, c]),
    lookup: async (c) => (lookups.push(c), reply(1)),
    openWindow: vi.fn(async () => {}),
    focusWindow: vi.fn(async () => {}),
    settleMs: 0,
    ...over,
  };
  return { hub: createScreenHub(deps), told, lookups, deps };
}

describe('screen hub', () => {
  it('a frame follows its own tab: it is sent each screen with the lookup already done', async () => {
    const { hub, lookups } = setup();
    const f = frameIn(4);
    hub.connect(f);
    // Inside a tab's frame, asking for another tab changes nothing.
    f.ask({ type: 'follow', tabId: 99 });
    await hub.report(gmail(4), { context: screen('ana@acme.com'), layout: { collapsed: false } });
    expect(lookups).toEqual([screen('ana@acme.com')]);
    expect(f.got).toEqual([
      { type: 'layout', collapsed: false },
      { type: 'screen', seq: 1, context: screen('ana@acme.com'), reply: reply(1), surface: 'mail', efiling: false },
    ]);
    // Another tab's screen is not this frame's business.
    await hub.report(gmail(5), { context: screen('bob@stone.law') });
    expect(f.got).toHaveLength(2);
  });

  it('a frame that connects after the report gets the screen then; one that left gets nothing', async () => {
    const { hub } = setup();
    expect(await hub.report(gmail(4), { context: screen('ana@acme.com') })).toEqual({ attached: false });
    const f = frameIn(4);
    hub.connect(f);
    f.ask({ type: 'follow' });
    await flush();
    expect(f.got).toEqual([expect.objectContaining({ type: 'screen', context: screen('ana@acme.com') })]);
    f.drop();
    expect(await hub.report(gmail(4), { context: screen('bob@stone.law') })).toEqual({ attached: false });
    expect(f.got).toHaveLength(1);
  });

  it('a page that is not ours (a content script) cannot listen as a sidebar', () => {
    const { hub } = setup();
    const cs = port({ id: 'x', url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 }, frameId: 0 });
    hub.connect(cs);
    expect(cs.disconnected).toBe(true);
  });

  it('after a worker restart the tab is asked to report again', () => {
    const { hub, told } = setup();
    const f = frameIn(4);
    hub.connect(f);
    f.ask({ type: 'follow' });
    expect(told).toEqual([[4, { type: 'rapport:report' }]]);
  });

  it('collapse and Esc go to the content script of the frame’s tab', async () => {
    const { hub, told } = setup();
    await hub.report(gmail(4), { context: null });
    const f = frameIn(4);
    hub.connect(f);
    f.ask({ type: 'follow' });
    f.ask({ type: 'toggle' });
    f.ask({ type: 'focus-page' });
    expect(told).toEqual([
      [4, { type: 'rapport:toggle' }],
      [4, { type: 'rapport:focus-page' }],
    ]);
  });

  it('a reply to an older screen is dropped when a newer screen came in meanwhile', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((r) => (release = r));
    let calls = 0;
    const { hub } = setup({ lookup: async () => (++calls === 1 ? (await slow, reply(5)) : reply(1)) });
    const f = frameIn(4);
    hub.connect(f);
    f.ask({ type: 'follow' });
    const first = hub.report(gmail(4), { context: screen('old@x.com') });
    await hub.report(gmail(4), { context: screen('new@x.com') });
    release();
    await first;
    expect(f.got.filter((m) => m.type === 'screen').map((m) => (m as { context: ScreenContext }).context)).toEqual([screen('new@x.com')]);
  });

  it('a docket opens the sidebar only when a client holds it', async () => {
    const none = setup({ lookup: async () => reply(0) });
    await none.hub.report({ ...userPortal(6), userAdded: false, efiling: true, site: 'pacer' }, { context: screen('x@y.z'), openIfClient: true });
    expect(none.told).toEqual([]);
    const one = setup();
    await one.hub.report({ ...userPortal(6), userAdded: false, efiling: true, site: 'pacer' }, { context: screen('x@y.z'), openIfClient: true });
    expect(one.told).toEqual([[6, { type: 'rapport:open' }]]);
  });

  it('a portal the user added gets a sidebar window when something opens it, and the window is brought forward after', async () => {
    const { hub, deps } = setup();
    await hub.report(userPortal(9), { context: screen('x@y.z'), open: true, focusClientId: 'c1' });
    expect(deps.openWindow).toHaveBeenCalledWith(9);
    const w = windowFor();
    hub.connect(w);
    w.ask({ type: 'follow', tabId: 9 });
    await flush();
    // What was asked before it existed is delivered once it does.
    expect(w.got).toEqual([expect.objectContaining({ type: 'screen', surface: 'portal', open: true, focusClientId: 'c1' })]);
    await hub.report(userPortal(9), { context: screen('x@y.z'), open: true });
    expect(deps.focusWindow).toHaveBeenCalledWith(77);
    expect(deps.openWindow).toHaveBeenCalledTimes(1);
  });

  it('a change anywhere reaches every sidebar and the portal tabs’ badges, once per burst', async () => {
    const { hub, told } = setup();
    await hub.report(gmail(4), { context: null });
    await hub.report(userPortal(9), { context: null });
    const f = frameIn(4);
    hub.connect(f);
    f.ask({ type: 'follow' });
    await flush();
    hub.changed();
    hub.changed();
    await flush();
    expect(f.got.filter((m) => m.type === 'changed')).toHaveLength(1);
    expect(told.filter(([, c]) => c.type === 'rapport:changed')).toEqual([[9, { type: 'rapport:changed' }]]);
  });
});

