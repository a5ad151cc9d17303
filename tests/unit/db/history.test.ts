import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  allItems,
  byTime,
  clientRange,
  insertItem,
  itemsBetween,
  newest,
  PAGE_MAX,
  removeItem,
  type WritableHistory,
} from '../../../lib/db/history';
import { openRapportDb, type Db } from '../../../lib/db/open';
import type { PageItem } from '../../../lib/db/schema';
import { writeTx } from '../../../lib/db/write';

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('h');
});

/** Deterministic PRNG (mulberry32): a failure reproduces. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const item = (at: number, id: string): PageItem => ({ id, kind: 'call', at, summary: '', source: 't' });

async function inTx<T>(fn: (h: WritableHistory) => Promise<T>): Promise<T> {
  const tx = writeTx(db, ['history']);
  const r = await fn(tx.objectStore('history') as unknown as WritableHistory);
  await tx.done;
  return r;
}

/** Every invariant history.ts promises, checked on the stored pages. */
async function checkPages(clientId: string) {
  const pages = await db.getAll('history', clientRange(clientId));
  for (let p = 0; p < pages.length; p++) {
    const page = pages[p]!;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(PAGE_MAX);
    expect([...page.items].sort(byTime)).toEqual(page.items);
    expect(byTime(page, page.items[0]!)).toBeLessThanOrEqual(0);
    const next = pages[p + 1];
    if (next) expect(byTime(page.items.at(-1)!, next)).toBeLessThan(0);
  }
  return pages;
}

describe('history pages', () => {
  it('keep every invariant through random inserts and removes, and read back like a sorted list', async () => {
    const rnd = prng(20261126);
    const model: PageItem[] = [];
    for (let step = 0; step < 600; step++) {
      if (model.length && rnd() < 0.3) {
        const victim = model.splice(Math.floor(rnd() * model.length), 1)[0]!;
        const gone = await inTx((h) => removeItem(h, 'c', victim.at, victim.id));
        expect(gone).toEqual(victim);
      } else {
        // Mostly recent, sometimes far back (a backdated log), with ties in time.
        const at = rnd() < 0.8 ? 1_000 + step * 10 : Math.floor(rnd() * 1_000) * 10;
        const it = item(at, `i${step}`);
        model.push(it);
        await inTx((h) => insertItem(h, 'c', it));
      }
    }
    model.sort(byTime);
    const pages = await checkPages('c');
    expect(pages.length).toBeGreaterThan(2);
    expect(await allItems(db.transaction('history').store as never, 'c')).toEqual(model);
    expect(await inTx((h) => newest(h, 'c', 5))).toEqual(model.slice(-5).reverse());
    expect(await inTx((h) => newest(h, 'c', 200))).toEqual(model.slice(-200).reverse());
    const between = await inTx((h) => itemsBetween(h, 'c', 2_000, 3_000));
    expect(between).toEqual(model.filter((i) => i.at >= 2_000 && i.at <= 3_000));
  });

  it('a full page splits in two; an item older than all pages extends the first page down', async () => {
    for (let i = 0; i < PAGE_MAX; i++) await inTx((h) => insertItem(h, 'c', item(100 + i, `a${i}`)));
    expect(await db.count('history')).toBe(1);
    expect(await inTx((h) => insertItem(h, 'c', item(500, 'b')))).toBe(2);
    expect(await db.count('history')).toBe(2);
    await inTx((h) => insertItem(h, 'c', item(5, 'old')));
    const pages = await checkPages('c');
    expect(pages[0]).toMatchObject({ at: 5, id: 'old' });
  });

  it('an emptied page is deleted, and other clients’ pages are untouched', async () => {
    await inTx((h) => insertItem(h, 'a', item(1, 'x')));
    await inTx((h) => insertItem(h, 'b', item(1, 'y')));
    await inTx((h) => removeItem(h, 'a', 1, 'x'));
    expect(await db.getAll('history', clientRange('a'))).toEqual([]);
    expect((await db.getAll('history', clientRange('b')))[0]!.items).toEqual([item(1, 'y')]);
    expect(await inTx((h) => removeItem(h, 'a', 1, 'x'))).toBeUndefined();
  });

  it('a client id that is a prefix of another’s does not see the other’s pages', async () => {
    await inTx((h) => insertItem(h, 'c1', item(1, 'x')));
    await inTx((h) => insertItem(h, 'c10', item(2, 'y')));
    expect(await inTx((h) => newest(h, 'c1', 5))).toEqual([item(1, 'x')]);
  });
});
