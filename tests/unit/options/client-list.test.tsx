/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientSummary } from '../../../lib/messaging/protocol';

const sent: unknown[] = [];
const pages = new Map<string, { clients: ClientSummary[]; total: number; next?: string }>();
vi.mock('../../../lib/messaging/client', () => ({
  RapportError: class extends Error {},
  send: vi.fn(async (type: string, payload: { after?: string }) => {
    sent.push({ type, payload });
    return pages.get(payload.after ?? '') ?? { clients: [], total: 0 };
  }),
}));

const { ClientList } = await import('../../../entrypoints/options/ClientList');

const summary = (i: number): ClientSummary => ({
  id: `c${i}`,
  name: `Client ${String(i).padStart(5, '0')}`,
  emails: [],
  caseNumbers: [],
  cadence: { status: 'never' },
  cursor: `client ${String(i).padStart(5, '0')}\u0000c${i}`,
});
const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => summary(from + k));

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  sent.length = 0;
  pages.clear();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** The list's scroller, with the geometry happy-dom does not lay out: a 640 px window over 64 px rows. */
function scroller() {
  const ul = container.querySelector('ul.client-list') as HTMLUListElement;
  Object.defineProperty(ul, 'clientHeight', { configurable: true, get: () => 640 });
  return ul;
}
const renderedRows = () => [...container.querySelectorAll('li[data-id]')].map((li) => Number(li.getAttribute('aria-posinset')));

async function show(clients: ClientSummary[], total: number) {
  await act(() => {
    render(
      <ClientList query="" onQuery={() => {}} clients={clients} total={total} error={null} selectedId={undefined} onSelect={() => {}} onNew={() => {}} />,
      container,
    );
  });
}

describe('the options client list', () => {
  it('renders only the rows in view, however many clients there are', async () => {
    await show(range(0, 200), 10_000);
    const rows = renderedRows();
    expect(rows[0]).toBe(1);
    // 640 px of window plus 600 px of margin below, at 64 px a row: about twenty rows, not two hundred.
    expect(rows.length).toBeLessThan(30);
    expect(container.querySelector('.list-count')!.textContent).toBe('10,000 clients');
  });

  it('scrolling shows the rows at the new place and fetches the next page from the last row’s cursor', async () => {
    pages.set(summary(199).cursor, { clients: range(200, 200), total: 10_000, next: summary(399).cursor });
    await show(range(0, 200), 10_000);
    const ul = scroller();
    await act(async () => {
      ul.scrollTop = 150 * 64;
      ul.dispatchEvent(new Event('scroll'));
    });
    const rows = renderedRows();
    expect(rows[0]).toBeGreaterThan(130);
    expect(rows).toContain(151);
    expect(rows.length).toBeLessThan(40);
    // Near the end of what is loaded: the next page was asked for, after the last loaded row.
    expect(sent).toEqual([{ type: 'listClients', payload: { query: '', after: summary(199).cursor, limit: 200 } }]);
    await act(async () => {
      ul.scrollTop = 380 * 64;
      ul.dispatchEvent(new Event('scroll'));
    });
    expect(renderedRows()).toContain(381);
  });

  it('a new first page (another search) starts the list over', async () => {
    await show(range(0, 200), 10_000);
    await show([summary(7)], 1);
    expect(renderedRows()).toEqual([1]);
    expect(container.querySelector('li[data-id]')!.textContent).toContain('Client 00007');
    expect(container.querySelector('.list-more')).toBeNull();
  });
});
