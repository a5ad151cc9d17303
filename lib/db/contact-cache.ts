import type { Client } from '../model/client';
import type { Db } from './open';

// Every client and its last contact, held in the background's memory so the
// toolbar badge, the daily reminder and the "Losing touch" lists do not walk
// the whole database after each logged e-mail. It is a cache of what the
// database says, not a second record: the repositories mark a client dirty
// after every write that touches it, and the next reader re-reads just those
// clients. A new service worker starts empty and builds it once.

export interface ContactState {
  clients: Map<string, Client>;
  last: Map<string, number>;
  /** Clients written since they were last read into the maps. */
  dirty: Set<string>;
  ready: Promise<void>;
}

const states = new WeakMap<Db, ContactState>();

/** Called by the repositories after a committed write that touches these clients. */
export function clientsChanged(db: Db, ids: Iterable<string>): void {
  const s = states.get(db);
  if (s) for (const id of ids) s.dirty.add(id);
}

/**
 * The cached state for `db`, building it with `build` the first time. Writes
 * that land while it builds are marked dirty (the state exists before the build
 * starts), so the caller's refresh pass picks them up.
 */
export function contactState(db: Db, build: (s: ContactState) => Promise<void>): ContactState {
  let s = states.get(db);
  if (!s) {
    const fresh: ContactState = { clients: new Map(), last: new Map(), dirty: new Set(), ready: Promise.resolve() };
    fresh.ready = build(fresh).catch((e) => {
      states.delete(db);
      throw e;
    });
    states.set(db, fresh);
    s = fresh;
  }
  return s;
}
