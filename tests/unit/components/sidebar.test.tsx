/** @vitest-environment happy-dom */
// The sidebar against a fake background that answers from an in-memory map.
// It checks what a user sees; the real round trip through the service worker
// and IndexedDB is the end-to-end test's job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import { contextKey } from '../../../lib/sites/context-key';
import { relativeTime } from '../../../components/sidebar/time';
import type { Client } from '../../../lib/model/client';
import type { Interaction } from '../../../lib/model/interaction';
import type { ClientContextReply, ClientView, MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import type { ScreenContext } from '../../../lib/sites/types';
import { RapportError } from '../../../lib/messaging/client';
import type { ConflictHit } from '../../../lib/identity/conflicts';

const NOW = new Date(2025, 2, 14, 10, 0).getTime();
const DAY = 864e5;

// Payloads are read back loosely in assertions; the Sidebar's own types check what it sends.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Call = { type: MessageType; payload: any };
type Handlers = { [K in MessageType]?: (p: RequestOf<K>) => ReplyMap[K] };

function client(p: Partial<Client> & { id: string; name: string }): Client {
  return {
    emails: [],
    phones: [],
    domains: [],
    matters: [],
    notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
    goals: [],
    tags: [],
    createdAt: NOW - 100 * DAY,
    updatedAt: NOW - 100 * DAY,
    ...p,
  };
}

/** A background in miniature: clients by id, interactions, and a log of every call. */
function fakeBackground(seed: Client[], seedInteractions: Interaction[] = [], conflicts: Record<string, ConflictHit[]> = {}) {
  const clients = new Map(seed.map((c) => [c.id, c]));
  const interactions = [...seedInteractions];
  const calls: Call[] = [];
  let n = 0;
  const view = (c: Client, matchedOn: string[] = []): ClientView => {
    const recent = interactions.filter((i) => i.clientId === c.id).sort((a, b) => b.at - a.at);
    const lastContact = recent[0]?.at;
    return {
      client: c,
      matchedOn,
      lastContact,
      cadence: lastContact === undefined ? { status: 'never' } : { status: 'on-track', daysSince: 3 },
      recent: recent.slice(0, 5),
    };
  };
  const handlers: Handlers = {
    getClientContext({ context }): ClientContextReply {
      const matches: ClientView[] = [];
      const unknown: ClientContextReply['unknown'] = [];
      for (const p of context.people) {
        const c = [...clients.values()].find((c) => p.email && c.emails.includes(p.email));
        if (c) matches.push(view(c, [p.email!]));
        else if (p.email) unknown.push({ email: p.email, name: p.name });
      }
      return { matches, unknown };
    },
    createClient({ client: input }) {
      if (!input.name) throw new RapportError('bad-request', 'Please check the form', [{ path: 'client.name', message: 'A client needs a name' }]);
      const c = client({ ...(input as Partial<Client>), name: input.name, id: `new-${++n}`, createdAt: NOW, updatedAt: NOW });
      clients.set(c.id, c);
      return view(c);
    },
    // Like the background: an update must name the version it was made from.
    updateClient({ client }) {
      const c = client as Client;
      const stored = clients.get(c.id);
      if (!stored) throw new RapportError('not-found', 'That client no longer exists.');
      if (stored.updatedAt !== c.updatedAt) throw new RapportError('conflict', 'This client was changed elsewhere.');
      const next = { ...c, updatedAt: c.updatedAt + 1 };
      clients.set(c.id, next);
      return view(next);
    },
    getClient({ id }) {
      const c = clients.get(id);
      if (!c) throw new RapportError('not-found', 'That client no longer exists.');
      return view(c);
    },
    // The real check is the background's (tests/unit/messaging/people.test.ts); here, hits by address as given.
    checkConflicts({ candidates }) {
      return {
        reports: candidates.map((c) => {
          const hits = (c.emails ?? []).flatMap((e) => conflicts[e] ?? []);
          return { candidate: { emails: [...(c.emails ?? [])] }, checkedAt: NOW, scope: { clients: clients.size, matters: 0, people: 0, parties: 0 }, hits, outcome: hits.length ? 'match' : 'none' };
        }),
      };
    },
    logInteraction({ interaction }) {
      const i = { summary: '', source: 'manual', ...interaction, id: `i-${++n}` } as Interaction;
      interactions.push(i);
      return { interaction: i, view: view(clients.get(i.clientId)!) };
    },
  };
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>) => {
    calls.push({ type, payload: structuredClone(payload) });
    await Promise.resolve();
    const h = handlers[type] as ((p: RequestOf<K>) => ReplyMap[K]) | undefined;
    if (!h) throw new RapportError('unknown-message', type);
    return h(payload);
  }) as unknown as SidebarProps['send'];
  return { send, calls, clients, handlers };
}

const ctx = (people: ScreenContext['people'], threadId = 't1'): ScreenContext => ({
  site: 'gmail',
  url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  threadId,
  people,
  cases: [],
  view: 'thread',
});

const ana = client({
  id: 'c-ana',
  name: 'Ana María López',
  preferredName: 'Ana',
  organisation: 'Acme Ltd',
  emails: ['ana@acme.com'],
  notes: { family: 'Two kids, Leo and Mia', interests: 'Sailing', background: '', howWeMet: 'Bar dinner 2019', notes: '' },
  goals: [{ id: 'g1', text: 'Keep the house', acceptableOutcome: 'Sell the boat instead', status: 'open', updatedAt: NOW - 9 * DAY }],
});
const bob = client({ id: 'c-bob', name: 'Bob Stone', emails: ['bob@stone.law'] });
const anaCall: Interaction = { id: 'i-0', clientId: 'c-ana', kind: 'call', at: NOW - 3 * DAY, summary: 'Discussed the offer', sentiment: 1, source: 'sidebar' };

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const flush = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });

async function show(props: Partial<SidebarProps> & Pick<SidebarProps, 'send'>) {
  const all: SidebarProps = { context: null, collapsed: false, onToggle: () => {}, now: () => NOW, ...props };
  await act(() => render(<Sidebar {...all} />, host));
  await flush();
  return async (next: Partial<SidebarProps>) => {
    Object.assign(all, next);
    await act(() => render(<Sidebar {...all} />, host));
    await flush();
  };
}

const text = () => host.textContent ?? '';
const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = host) => [...root.querySelectorAll<T & HTMLElement>(sel)];
const button = (name: string, root: ParentNode = host) => {
  const b = $$<HTMLButtonElement>('button', root).find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === name && !b.closest('[hidden]'));
  if (!b) throw new Error(`no button "${name}" in: ${text()}`);
  return b;
};
/** The control a visible <label> with exactly this text points at. */
const field = <T extends HTMLElement = HTMLInputElement>(label: string, root: ParentNode = host) => {
  const l = $$<HTMLLabelElement>('label', root).find((l) => l.textContent === label && !l.closest('[hidden]'));
  const el = l && (root.querySelector(`[id="${l.htmlFor}"]`) as T | null);
  if (!el) throw new Error(`no field "${label}"`);
  return el;
};
const type = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const choose = async (el: HTMLSelectElement, value: string) => {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const click = async (el: HTMLElement) => {
  await act(() => el.click());
  await flush();
};
const submit = async (el: HTMLElement) => {
  await act(() => {
    el.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
};

describe('Sidebar', () => {
  it('asks the user to open a conversation when nothing is on screen', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send });
    expect(text()).toContain("Open a conversation to see who it's with.");
    expect(bg.calls).toEqual([]);
  });

  it('says so when nobody on screen is a client', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, context: ctx([{ name: 'Someone', role: 'from' }]) });
    expect(text()).toContain('No clients in this conversation.');
  });

  it("shows one client's name, notes, goals, last contact and recent interactions", async () => {
    const bg = fakeBackground([ana], [anaCall]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', name: 'Ana', role: 'from' }]) });
    expect(bg.calls).toEqual([{ type: 'getClientContext', payload: { context: ctx([{ email: 'ana@acme.com', name: 'Ana', role: 'from' }]) } }]);
    expect(host.querySelector('h2')!.textContent).toBe('Ana');
    expect(text()).toContain('Ana María López');
    expect(text()).toContain('Acme Ltd');
    expect(text()).toContain('Matched on: ana@acme.com');
    const time = host.querySelector('.rp-contact time')!;
    expect(time.textContent).toBe('3 days ago');
    expect(time.getAttribute('title')).toMatch(/2025/);
    expect(text()).toContain('On track');
    const notes = host.querySelector('dl')!.textContent;
    expect(notes).toContain('FamilyTwo kids, Leo and Mia');
    expect(notes).toContain('InterestsSailing');
    expect(notes).toContain('How we metBar dinner 2019');
    expect(text()).toContain('Keep the house');
    expect(text()).toContain('Acceptable outcome: Sell the boat instead');
    const recent = host.querySelector('.rp-recent')!.textContent;
    expect(recent).toContain('Call');
    expect(recent).toContain('Discussed the offer');
    expect(recent).toContain('pleased');
    expect(host.querySelector('[role=tablist]')).toBeNull();
  });

  it('offers a switcher when several clients are on screen', async () => {
    const bg = fakeBackground([ana, bob]);
    await show({
      send: bg.send,
      context: ctx([
        { email: 'ana@acme.com', role: 'from' },
        { email: 'bob@stone.law', role: 'cc' },
      ]),
    });
    const tabs = $$('[role=tab]', host.querySelector('[role=tablist]')!);
    expect(tabs.map((t) => t.textContent)).toEqual(['Ana', 'Bob Stone']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    const visibleName = () => $$('h2').find((h) => !h.closest('[hidden]'))!.textContent;
    expect(visibleName()).toBe('Ana');
    await click(tabs[1]!);
    expect(visibleName()).toBe('Bob Stone');
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    // Keyboard: arrow keys move between clients.
    await act(() => {
      tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(visibleName()).toBe('Ana');
  });

  it('adds an unknown person as a client, pre-filled, and shows them at once', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, context: ctx([{ email: 'carla@firm.example', name: 'Carla Diaz', role: 'from' }]) });
    expect(text()).toContain('Not a client yet');
    expect(text()).toContain('Carla Diaz');
    await click(button('Add as client'));
    expect(field('Name').value).toBe('Carla Diaz');
    expect(field('E-mail').value).toBe('carla@firm.example');
    await submit(field('Name'));
    const create = bg.calls.find((c) => c.type === 'createClient')!;
    expect(create.payload).toEqual({ client: { name: 'Carla Diaz', emails: ['carla@firm.example'] } });
    expect(host.querySelector('h2')!.textContent).toBe('Carla Diaz');
    expect(bg.calls.filter((c) => c.type === 'getClientContext')).toHaveLength(2);
    expect(text()).not.toContain('Not a client yet');
    expect(host.querySelector('[role=status]')!.textContent).toBe('Added Carla Diaz');
  });

  it('checks for a conflict before adding: a hit shows the warning, saves nothing until "Save anyway", which records who confirmed', async () => {
    const hit: ConflictHit = {
      strength: 'exact',
      clientId: 'c-elena',
      clientName: 'Elena Ruiz',
      matter: { id: 'm1', label: 'Ruiz v. Harbor Properties' },
      role: 'opposing-counsel',
      person: { id: 'p1', name: 'Victor Brandt' },
      reasons: [{ code: 'email', strength: 'exact', field: 'email', candidate: 'vbrandt@brandt-defense.com', record: 'vbrandt@brandt-defense.com' }],
    };
    const bg = fakeBackground([], [], { 'vbrandt@brandt-defense.com': [hit] });
    await show({ send: bg.send, context: ctx([{ email: 'vbrandt@brandt-defense.com', name: 'Victor Brandt', role: 'from' }]) });
    await click(button('Add as client'));
    await submit(field('Name'));
    expect(text()).toContain('Possible conflict of interest');
    expect(text()).toContain('Opposing counsel · Ruiz v. Harbor Properties');
    expect(text()).toContain('Client: Elena Ruiz');
    expect(bg.calls.some((c) => c.type === 'createClient')).toBe(false);
    await click(button('Save anyway…'));
    await type(field('Confirmed by'), 'Ana Lopez');
    await submit(field('Confirmed by'));
    const create = bg.calls.find((c) => c.type === 'createClient')!;
    expect(create.payload.id).toEqual(expect.any(String));
    expect(create.payload.client.conflictOverrides).toHaveLength(1);
    expect(create.payload.client.conflictOverrides[0]).toMatchObject({
      subject: { kind: 'client', clientId: create.payload.id, name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] },
      confirmedBy: { label: 'Ana Lopez' },
      hits: [{ clientId: 'c-elena', role: 'opposing-counsel' }],
    });
    expect(host.querySelector('h2.rp-name')!.textContent).toBe('Victor Brandt');
  });

  it('shows the background’s validation errors next to the form and keeps what was typed', async () => {
    const bg = fakeBackground([]);
    await show({ send: bg.send, context: ctx([{ email: 'x@y.example', role: 'to' }]) });
    await click(button('Add as client'));
    expect(field('Name').value).toBe('');
    await type(field('E-mail'), 'x@y.example ');
    await submit(field('Name'));
    const alert = host.querySelector('form [role=alert]')!;
    expect(alert.textContent).toContain('Please check the form');
    expect(alert.textContent).toContain('Name: A client needs a name');
    expect(field('E-mail').value).toBe('x@y.example ');
    await type(field('Name'), 'Xavier');
    await submit(field('Name'));
    expect(host.querySelector('h2')!.textContent).toBe('Xavier');
  });

  it('edits notes in place and sends the whole client with the new notes', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    await click(button('Edit notes'));
    expect(document.activeElement).toBe(field('Family'));
    for (const l of ['Family', 'Interests', 'Background', 'How we met', 'Notes']) expect(field(l).tagName).toBe('TEXTAREA');
    expect(field<HTMLTextAreaElement>('Family').value).toBe('Two kids, Leo and Mia');
    await type(field<HTMLTextAreaElement>('Family'), 'Three kids');
    await type(field<HTMLTextAreaElement>('Background'), 'Ex-engineer');
    await click(button('Save'));
    const update = bg.calls.find((c) => c.type === 'updateClient')!;
    expect(update.payload).toEqual({
      client: { ...ana, notes: { ...ana.notes, family: 'Three kids', background: 'Ex-engineer' } },
    });
    expect(host.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button('Edit notes'));
    expect(host.querySelector('dl')!.textContent).toContain('FamilyThree kids');
    expect(host.querySelector('dl')!.textContent).toContain('BackgroundEx-engineer');
    expect(host.querySelector('[role=status]')!.textContent).toBe('Saved');
  });

  it('a note draft started before an edit made elsewhere shows both texts; Save overwrites neither until the user chooses', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    await click(button('Edit notes'));
    await type(field<HTMLTextAreaElement>('Family'), 'Three kids now');
    // Another tab saves a different family note (and an interest) meanwhile.
    const stored = bg.clients.get('c-ana')!;
    bg.clients.set('c-ana', { ...stored, notes: { ...stored.notes, family: 'Two kids and a dog', interests: 'Sailing, chess' }, updatedAt: stored.updatedAt + 1 });

    await click(button('Save'));
    const panel = host.querySelector('.conflict')!;
    expect(panel.textContent).toContain('Two kids and a dog');
    expect(panel.textContent).toContain('Three kids now');
    // Only Family is in question: the interest changed only there and is taken as it is.
    expect([...panel.querySelectorAll('.conflict-field')].map((e) => e.textContent)).toEqual(['Family']);
    expect(field<HTMLTextAreaElement>('Interests').value).toBe('Sailing, chess');

    // Save again without choosing: refused, nothing sent, the other tab's text stays.
    const updates = () => bg.calls.filter((c) => c.type === 'updateClient').length;
    const before = updates();
    await click(button('Save'));
    expect(updates()).toBe(before);
    expect(text()).toContain('Choose what to keep for each field first.');
    expect(bg.clients.get('c-ana')!.notes.family).toBe('Two kids and a dog');

    // Keep both, then save: both texts are stored, nothing lost.
    await click(button('Keep both'));
    expect(field<HTMLTextAreaElement>('Family').value).toBe('Three kids now\nTwo kids and a dog');
    await click(button('Save'));
    expect(bg.clients.get('c-ana')!.notes).toMatchObject({ family: 'Three kids now\nTwo kids and a dog', interests: 'Sailing, chess' });
    expect(host.querySelector('textarea')).toBeNull();
  });

  it('an edit made elsewhere to another field is merged into the save without asking', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    await click(button('Edit notes'));
    await type(field<HTMLTextAreaElement>('Background'), 'Ex-engineer');
    const stored = bg.clients.get('c-ana')!;
    bg.clients.set('c-ana', { ...stored, notes: { ...stored.notes, howWeMet: 'Conference 2018' }, updatedAt: stored.updatedAt + 1 });
    await click(button('Save'));
    expect(host.querySelector('.conflict')).toBeNull();
    expect(bg.clients.get('c-ana')!.notes).toMatchObject({ background: 'Ex-engineer', howWeMet: 'Conference 2018', family: 'Two kids, Leo and Mia' });
  });

  it('a goal edited here and elsewhere shows both; one removed elsewhere is not brought back without asking', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    await click(button('Edit goal'));
    await type(field('Goal'), 'Keep the house and the car');
    const stored = bg.clients.get('c-ana')!;
    bg.clients.set('c-ana', { ...stored, goals: [{ ...stored.goals[0]!, text: 'Keep the house, sell the car' }], updatedAt: stored.updatedAt + 1 });
    await click(button('Save'));
    expect(host.querySelector('.conflict')!.textContent).toContain('Keep the house, sell the car');
    await click(button('Use theirs'));
    await click(button('Save'));
    expect(bg.clients.get('c-ana')!.goals.map((g) => g.text)).toEqual(['Keep the house, sell the car']);

    await click(button('Edit goal'));
    await type(field('Goal'), 'Keep the house at any cost');
    const now = bg.clients.get('c-ana')!;
    bg.clients.set('c-ana', { ...now, goals: [], updatedAt: now.updatedAt + 1 });
    await click(button('Save'));
    expect(text()).toContain('This goal was removed elsewhere');
    expect(bg.clients.get('c-ana')!.goals).toEqual([]);
    await click(button('Save'));
    expect(bg.clients.get('c-ana')!.goals.map((g) => g.text)).toEqual(['Keep the house at any cost']);
  });

  it('a client found by a bare name only is asked about, not shown as certain', async () => {
    const bg = fakeBackground([ana]);
    bg.handlers.getClientContext = () => ({ matches: [{ client: ana, matchedOn: ['name “Ana”'], nameOnly: true, cadence: { status: 'never' }, recent: [] }], unknown: [] });
    await show({ send: bg.send, context: ctx([{ name: 'Ana', role: 'to' }]) });
    expect(text()).toContain('Is this Ana?');
    expect(text()).not.toContain('Two kids, Leo and Mia');
    await click(button('Yes, show Ana'));
    expect(text()).toContain('Two kids, Leo and Mia');
    // Confirming is for this screen only, and writes nothing.
    expect(bg.calls.map((c) => c.type)).toEqual(['getClientContext']);
  });

  it('adds a goal and changes goal status, each built on the latest view', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    await click(button('Add goal'));
    await type(field('Goal'), 'Settle before trial');
    await type(field<HTMLTextAreaElement>('Acceptable outcome'), 'Under $50k');
    await click(button('Add goal'));
    const add = bg.calls.filter((c) => c.type === 'updateClient')[0]!.payload.client as Client;
    expect(add.goals).toHaveLength(2);
    expect(add.goals[1]).toMatchObject({ text: 'Settle before trial', acceptableOutcome: 'Under $50k', status: 'open', updatedAt: NOW });
    expect(add.goals[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(text()).toContain('Settle before trial');

    // Editing one goal's text while changing a status: the form stays open, text kept.
    await click($$('button').find((b) => b.getAttribute('aria-label') === 'Edit goal')!);
    await type(field('Goal'), 'Keep the house and the dog');
    await choose($$<HTMLSelectElement>('select').filter((s) => s.closest('.rp-goal'))[0]!, 'revised');
    await flush();
    expect(field('Goal').value).toBe('Keep the house and the dog');
    await click(button('Cancel'));

    // Two quick status changes: the second must not undo the first.
    const selects = $$<HTMLSelectElement>('select').filter((s) => s.closest('.rp-goal'));
    await act(() => {
      selects[0]!.value = 'met';
      selects[0]!.dispatchEvent(new Event('change', { bubbles: true }));
      selects[1]!.value = 'dropped';
      selects[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    const last = bg.calls.filter((c) => c.type === 'updateClient').at(-1)!.payload.client as Client;
    expect(last.goals.map((g) => g.status)).toEqual(['met', 'dropped']);
    expect(bg.clients.get('c-ana')!.goals.map((g) => g.status)).toEqual(['met', 'dropped']);
  });

  it('logs an interaction and shows the new last contact at once', async () => {
    const bg = fakeBackground([ana]);
    await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    expect(host.querySelector('.rp-contact')!.textContent).toContain('Last contact: never');
    expect(text()).toContain('No contact yet');
    await choose(field<HTMLSelectElement>('Kind'), 'meeting');
    await choose(field<HTMLSelectElement>('Mood'), '-1');
    await type(field('Summary'), 'Worried about costs');
    await click(button('Log'));
    expect(bg.calls.find((c) => c.type === 'logInteraction')!.payload).toEqual({
      interaction: { clientId: 'c-ana', kind: 'meeting', at: NOW, summary: 'Worried about costs', sentiment: -1, source: 'sidebar' },
    });
    expect(host.querySelector('.rp-contact time')!.textContent).toBe('just now');
    expect(host.querySelector('.rp-recent')!.textContent).toContain('Meeting');
    expect(host.querySelector('.rp-recent')!.textContent).toContain('frustrated');
    expect(field('Summary').value).toBe('');
  });

  it('renders a hostile name as text', async () => {
    const evil = client({ id: 'c-evil', name: '<img src=x onerror=alert(1)>', emails: ['evil@x.example'] });
    const bg = fakeBackground([evil]);
    await show({
      send: bg.send,
      context: ctx([
        { email: 'evil@x.example', role: 'from' },
        { email: 'other@x.example', name: '<img src=y onerror=alert(2)>', role: 'cc' },
      ]),
    });
    expect(host.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(text()).toContain('<img src=y onerror=alert(2)>');
    expect(host.querySelector('img')).toBeNull();
  });

  it('ignores a stale reply when a newer context has arrived', async () => {
    const bg = fakeBackground([ana, bob]);
    const pending: Array<() => void> = [];
    const slow: SidebarProps['send'] = (type, payload) =>
      new Promise((resolve) => pending.push(() => resolve(bg.send(type, payload))));
    const update = await show({ send: slow, context: ctx([{ email: 'ana@acme.com', role: 'from' }], 'a') });
    await update({ context: ctx([{ email: 'bob@stone.law', role: 'from' }], 'b') });
    expect(pending).toHaveLength(2);
    await act(() => pending[1]!());
    await flush();
    expect(host.querySelector('h2')!.textContent).toBe('Bob Stone');
    await act(() => pending[0]!());
    await flush();
    expect(host.querySelector('h2')!.textContent).toBe('Bob Stone');
  });

  it('does not ask again for an equivalent context', async () => {
    const bg = fakeBackground([ana]);
    const update = await show({ send: bg.send, context: ctx([{ email: 'ana@acme.com', role: 'from' }, { email: 'b@b.example', role: 'cc' }]) });
    // Same thread, same people in another order, a fresh object: no new request.
    await update({ context: { ...ctx([{ email: 'b@b.example', role: 'cc' }, { email: 'ana@acme.com', role: 'from' }]), messages: [{ id: 'm2' }] } });
    expect(bg.calls).toHaveLength(1);
    await update({ context: ctx([{ email: 'ana@acme.com', role: 'from' }], 't2') });
    expect(bg.calls).toHaveLength(2);
    await update({ context: null });
    expect(text()).toContain("Open a conversation to see who it's with.");
  });

  it('after a write elsewhere it asks again, though the same screen was pushed once more with the lookup made before the write', async () => {
    const bg = fakeBackground([]);
    const c = ctx([{ email: 'ana@acme.com', role: 'from' }]);
    const before: ClientContextReply = { matches: [], unknown: [{ email: 'ana@acme.com' }] };
    // The hub's first push carries its lookup: shown without a request.
    const update = await show({ send: bg.send, context: c, initial: { key: contextKey(c), reply: before } });
    expect(bg.calls).toHaveLength(0);
    expect(text()).toMatch(/not a client yet/i);
    // The page reports the same screen again; the hub pushes it with the lookup it still holds.
    await update({ initial: { key: contextKey(c), reply: before } });
    // An import adds Ana; the hub tells the sidebar the data changed.
    bg.clients.set(ana.id, ana);
    await update({ refreshKey: 1 });
    expect(bg.calls.map((x) => x.type)).toEqual(['getClientContext']);
    expect(text()).toContain('Ana María López');
    expect(text()).toContain('Matched on: ana@acme.com');
    expect(text()).not.toMatch(/not a client yet/i);
  });

  it('tells the user to reload when the extension was updated under the page', async () => {
    const send = (async () => {
      throw new RapportError('unreachable', 'Rapport is not reachable. Reload the page.');
    }) as unknown as SidebarProps['send'];
    await show({ send, context: ctx([{ email: 'ana@acme.com', role: 'from' }]) });
    expect(host.querySelector('[role=alert]')!.textContent).toBe('Rapport was updated — reload the page');
  });

  it('collapses to a tab with a count of clients on screen', async () => {
    const bg = fakeBackground([ana, bob]);
    let toggled = 0;
    await show({
      send: bg.send,
      collapsed: true,
      onToggle: () => toggled++,
      context: ctx([
        { email: 'ana@acme.com', role: 'from' },
        { email: 'bob@stone.law', role: 'cc' },
      ]),
    });
    const tab = host.querySelector<HTMLButtonElement>('.rp-tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.textContent).toBe('Rapport2');
    expect(tab.getAttribute('aria-label')).toBe('Rapport, 2 clients on screen');
    expect(host.querySelector('.rp-panel')!.hasAttribute('hidden')).toBe(true);
    await click(tab);
    expect(toggled).toBe(1);
  });
});

describe('contextKey', () => {
  it('ignores order, roles and messages but not thread, people or cases', () => {
    const a = ctx([{ email: 'a@x.example', role: 'from' }, { email: 'b@x.example', role: 'to' }]);
    expect(contextKey({ ...a, people: [...a.people].reverse(), messages: [{ id: '1' }] })).toBe(contextKey(a));
    expect(contextKey({ ...a, threadId: 'other' })).not.toBe(contextKey(a));
    expect(contextKey({ ...a, cases: [{ caseNumber: '22STCV11897' }] })).not.toBe(contextKey(a));
    expect(contextKey(null)).toBe('');
  });
});


describe('relativeTime', () => {
  it('speaks in calendar days, like the cadence', () => {
    expect(relativeTime(NOW - 10_000, NOW)).toBe('just now');
    expect(relativeTime(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(relativeTime(NOW - 2 * 3600_000, NOW)).toBe('2 hours ago');
    expect(relativeTime(new Date(2025, 2, 13, 23, 0).getTime(), NOW)).toBe('yesterday');
    expect(relativeTime(NOW - 3 * DAY, NOW)).toBe('3 days ago');
    expect(relativeTime(NOW - 21 * DAY, NOW)).toBe('3 weeks ago');
    expect(relativeTime(NOW - 400 * DAY, NOW)).toBe('13 months ago');
  });
});
