import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, type Connection } from '../../../lib/db/open';
import { handlers } from '../../../lib/messaging/handlers';
import { route } from '../../../lib/messaging/router';
import { seedAtVersion } from './seed-old-version';

let conn: Connection;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => conn?.close());

/** One request through the router, on whatever connection the manager hands out now — as the background does. */
const createClient = async (name: string) =>
  route({ type: 'createClient', payload: { client: { name } } }, BACKGROUND, handlers, { db: await conn.get(), now: () => 1 });

describe('the background’s database connection heals', () => {
  it('after `blocking` (another context deletes or upgrades the database) the next request opens it again', async () => {
    conn = connect('heal');
    const first = await conn.get();
    expect((await createClient('Before')).ok).toBe(true);
    // Deleting fires versionchange on our connection; it closes and lets the delete through.
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('heal');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
    const second = await conn.get();
    expect(second).not.toBe(first);
    expect((await createClient('After')).ok).toBe(true);
    expect((await second.getAll('clients')).map((c) => c.name)).toEqual(['After']);
  });

  it('after `terminated` (the browser closed it) the next request opens it again', async () => {
    conn = connect('heal');
    const first = await conn.get();
    expect((await createClient('A')).ok).toBe(true);
    const closed = new Promise((resolve) => unwrap(first).addEventListener('close', resolve));
    forceCloseDatabase(unwrap(first) as never);
    await closed;
    const second = await conn.get();
    expect(second).not.toBe(first);
    expect((await createClient('B')).ok).toBe(true);
    expect((await second.getAll('clients')).map((c) => c.name).sort()).toEqual(['A', 'B']);
  });

  it('after `blocked` (an older connection will not let go) the next request tries again, and both succeed once it does', async () => {
    await seedAtVersion('heal', 2, async () => {});
    // An old connection that ignores versionchange.
    const old = await openDB('heal', 2);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    conn = connect('heal');
    const firstAttempt = conn.get();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/held open by an older version/)));
    const secondAttempt = conn.get();
    expect(secondAttempt).not.toBe(firstAttempt);
    old.close();
    const [a, b] = await Promise.all([firstAttempt, secondAttempt]);
    expect(a.version).toBe(b.version);
    expect((await createClient('Once unblocked')).ok).toBe(true);
    warn.mockRestore();
  });

  it('a failed open is not kept: the next request tries again', async () => {
    conn = connect('heal');
    const failing = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('disk full', 'UnknownError');
    });
    await expect(conn.get()).rejects.toThrow('disk full');
    failing.mockRestore();
    expect((await createClient('Second try')).ok).toBe(true);
  });
});
