// A client's interactions, kept in pages (schema.ts HistoryPage). Every
// function takes the `history` store of a transaction the caller owns, so a
// message's writes — the interaction, its stats, its flag — commit together.
//
// Invariants (checked by tests/unit/db/history.test.ts):
//   - a page's items are sorted by (at, id) and it holds 1..PAGE_MAX of them;
//   - a page's key (at, id) is at or before its first item, and every item of
//     a page comes before the next page's key;
// so the page that holds or would hold (at, id) is the last page keyed at or
// before (at, id), and walking a client's pages in key order walks its
// history in time order.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Interaction } from '../model/interaction';
import type { HistoryPage, PageItem, RapportDB } from './schema';
import { issue } from './request';

/** Items per page. A log rewrites one page (at most this many items); a bulk import writes one page per client or so. */
export const PAGE_MAX = 64;

/** The history store of any transaction that includes it. */
export type HistoryStore = IDBPObjectStore<RapportDB, StoreNames<RapportDB>[], 'history', IDBTransactionMode>;
export type WritableHistory = IDBPObjectStore<RapportDB, StoreNames<RapportDB>[], 'history', 'readwrite' | 'versionchange'>;

/** Every page of one client: [clientId] sorts before [clientId, at, id], and an array after any number or string. */
export const clientRange = (clientId: string) => IDBKeyRange.bound([clientId], [clientId, []]);

export const byTime = (a: { at: number; id: string }, b: { at: number; id: string }) =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const toItem = ({ clientId: _c, ...item }: Interaction & { openFlag?: string }): PageItem => {
  const { openFlag: _o, ...rest } = item as PageItem & { openFlag?: string };
  return rest;
};
export const toInteraction = (clientId: string, item: PageItem): Interaction => ({ ...item, clientId });

const keyOf = (p: HistoryPage): [string, number, string] => [p.clientId, p.at, p.id];

/** The page that holds, or would hold, (at, id); undefined when it would come before the client's first page. */
export async function pageAt(store: HistoryStore, clientId: string, at: number, id: string): Promise<HistoryPage | undefined> {
  const cursor = await store.openCursor(IDBKeyRange.bound([clientId], [clientId, at, id]), 'prev');
  return cursor?.value;
}

/** The item (at, id) of this client, if it exists. */
export async function findItem(store: HistoryStore, clientId: string, at: number, id: string): Promise<PageItem | undefined> {
  return (await pageAt(store, clientId, at, id))?.items.find((i) => i.id === id);
}

/**
 * Adds an item. Returns the number of page records written (1, or 2 when a
 * full page splits or the first page moves its key down).
 */
export async function insertItem(store: WritableHistory, clientId: string, item: PageItem): Promise<number> {
  const page = await pageAt(store, clientId, item.at, item.id);
  if (!page) {
    // Older than everything this client has: extend the first page downwards, or start one.
    const first = (await store.openCursor(clientRange(clientId)))?.value;
    if (first && first.items.length < PAGE_MAX) {
      issue(store.delete(keyOf(first)));
      issue(store.put({ clientId, at: item.at, id: item.id, items: [item, ...first.items] }));
      return 2;
    }
    issue(store.put({ clientId, at: item.at, id: item.id, items: [item] }));
    return 1;
  }
  const items = page.items;
  let i = items.length;
  while (i > 0 && byTime(items[i - 1]!, item) > 0) i--;
  items.splice(i, 0, item);
  if (items.length <= PAGE_MAX) {
    issue(store.put(page));
    return 1;
  }
  const half = items.length >> 1;
  const upper = items.slice(half);
  issue(store.put({ ...page, items: items.slice(0, half) }));
  issue(store.put({ clientId, at: upper[0]!.at, id: upper[0]!.id, items: upper }));
  return 2;
}

/** Replaces an item in place (same at and id). */
export async function replaceItem(store: WritableHistory, clientId: string, item: PageItem): Promise<boolean> {
  const page = await pageAt(store, clientId, item.at, item.id);
  const i = page?.items.findIndex((x) => x.id === item.id) ?? -1;
  if (!page || i < 0) return false;
  page.items[i] = item;
  issue(store.put(page));
  return true;
}

/** Removes the item (at, id); returns it, or undefined when there was none. An emptied page is deleted. */
export async function removeItem(store: WritableHistory, clientId: string, at: number, id: string): Promise<PageItem | undefined> {
  const page = await pageAt(store, clientId, at, id);
  const i = page?.items.findIndex((x) => x.id === id) ?? -1;
  if (!page || i < 0) return undefined;
  const [gone] = page.items.splice(i, 1);
  if (page.items.length) issue(store.put(page));
  else issue(store.delete(keyOf(page)));
  return gone;
}

/** The newest `limit` items, newest first: one backward cursor over the client's last page or two. */
export async function newest(store: HistoryStore, clientId: string, limit: number): Promise<PageItem[]> {
  const out: PageItem[] = [];
  if (limit <= 0) return out;
  let cursor = await store.openCursor(clientRange(clientId), 'prev');
  while (cursor) {
    const items = cursor.value.items;
    for (let i = items.length - 1; i >= 0 && out.length < limit; i--) out.push(items[i]!);
    if (out.length >= limit) break;
    cursor = await cursor.continue();
  }
  return out;
}

/**
 * Walks the client's items newest first until `visit` returns true (found
 * what it wanted). Reads only as many pages as that takes.
 */
export async function walkBack(store: HistoryStore, clientId: string, visit: (item: PageItem) => boolean | void): Promise<void> {
  let cursor = await store.openCursor(clientRange(clientId), 'prev');
  while (cursor) {
    const items = cursor.value.items;
    for (let i = items.length - 1; i >= 0; i--) if (visit(items[i]!)) return;
    cursor = await cursor.continue();
  }
}

/** Items with `from` ≤ at ≤ `to`, oldest first: the pages covering that span only. */
export async function itemsBetween(store: HistoryStore, clientId: string, from: number, to: number): Promise<PageItem[]> {
  const start = (await store.openCursor(IDBKeyRange.bound([clientId], [clientId, from, '']), 'prev'))?.value;
  const lowerKey: [string, number, string] | [string] = start ? keyOf(start) : [clientId];
  const out: PageItem[] = [];
  let cursor = await store.openCursor(IDBKeyRange.bound(lowerKey, [clientId, to, []]));
  while (cursor) {
    for (const i of cursor.value.items) if (i.at >= from && i.at <= to) out.push(i);
    cursor = await cursor.continue();
  }
  return out;
}

/** Every item of the client, oldest first. */
export async function allItems(store: HistoryStore, clientId: string): Promise<PageItem[]> {
  const pages = await store.getAll(clientRange(clientId));
  return pages.flatMap((p) => p.items);
}

/** The item with this id, wherever it is in the client's history (a walk over the client's pages). */
export async function findById(store: HistoryStore, clientId: string, id: string): Promise<PageItem | undefined> {
  let found: PageItem | undefined;
  await walkBack(store, clientId, (i) => {
    if (i.id === id) found = i;
    return found !== undefined;
  });
  return found;
}

/**
 * Pages for a client that has none yet (a new client in a bulk write): the
 * items sorted (unless `inOrder` says they are) and cut into pages. Returns
 * the pages to put.
 */
export function paginate(clientId: string, items: readonly PageItem[], inOrder = false): HistoryPage[] {
  const sorted = inOrder ? items : [...items].sort(byTime);
  const pages: HistoryPage[] = [];
  for (let i = 0; i < sorted.length; i += PAGE_MAX) {
    const chunk = sorted.slice(i, i + PAGE_MAX);
    pages.push({ clientId, at: chunk[0]!.at, id: chunk[0]!.id, items: chunk });
  }
  return pages;
}

/** Deletes every page of the client (one ranged delete). */
export function deleteAll(store: WritableHistory, clientId: string): void {
  issue(store.delete(clientRange(clientId)));
}
