import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPortalUrl, patternCoversHost, scriptId, syncPortals, userPortalList, type PortalApi } from '../../../lib/portals/user-portals';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import { BACKGROUND } from '../../../lib/messaging/caller';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { KNOWN_MATCHES } from '../../../lib/sites/hosts';

// What the shipped manifest's content scripts match.
const KNOWN = KNOWN_MATCHES;

describe('checkPortalUrl', () => {
  it.each([
    ['https://efile.example-court.gov/filings?x=1', 'https://efile.example-court.gov'],
    ['efile.example-court.gov', 'https://efile.example-court.gov'],
    ['  HTTPS://EFile.Example-Court.GOV/  ', 'https://efile.example-court.gov'],
    ['https://portal.greenfiling.com', 'https://portal.greenfiling.com'],
  ])('%s → %s', (input, origin) => {
    expect(checkPortalUrl(input, KNOWN)).toEqual({ ok: true, origin, pattern: `${origin}/*` });
  });

  it.each([
    ['', /Enter the portal’s address/],
    ['http://efile.example-court.gov', /Only https:\/\//],
    ['ftp://efile.example-court.gov', /Only https:\/\//],
    ['https://*.example-court.gov', /wildcards/],
    ['*://efile.example-court.gov/*', /wildcards/],
    ['https://user:pw@efile.example-court.gov', /user name and password/],
    ['https://efile.example-court.gov:8443/', /non-standard port/],
    ['https://localhost/', /full host name/],
    ['https://10.0.0.7/', /full host name/],
    ['https:// not a url', /not a web address|full host name/],
    ['https://app.onelegal.com/orders', /already recognises app\.onelegal\.com/],
    ['https://onelegal.com', /already recognises/],
    ['https://ecf.cand.uscourts.gov', /already recognises/],
    ['https://california.tylerhost.net', /already recognises/],
    ['https://mail.google.com/mail/u/0', /mail host/],
    ['https://outlook.office.com', /mail host/],
    ['https://outlook.office365.com.mcas.ms', /mail host/],
  ])('%s is refused', (input, message) => {
    const r = checkPortalUrl(input, KNOWN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('a look-alike of a known host is not "known"', () => {
    expect(checkPortalUrl('https://onelegal.com.evil.example', KNOWN)).toMatchObject({ ok: true });
    expect(patternCoversHost('https://*.onelegal.com/*', 'notonelegal.com')).toBe(false);
    expect(patternCoversHost('https://*.onelegal.com/*', 'a.b.onelegal.com')).toBe(true);
    expect(patternCoversHost('https://mail.google.com/*', 'mail.google.com')).toBe(true);
  });
});

/** The browser as the background sees it: granted origins and registered scripts. */
function fakeApi(granted: string[] = []) {
  const perms = new Set(granted);
  const scripts = new Map<string, string>();
  const api: PortalApi = {
    known: () => KNOWN,
    hasPermission: async (p) => perms.has(p),
    removePermission: async (p) => perms.delete(p),
    registeredIds: async () => [...scripts.keys()],
    register: async (id, p) => void scripts.set(id, p),
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
  };
  return { api, perms, scripts };
}

let db: Db;
let env: Env;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('portals');
  env = { db, now: () => 1_000 };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as ReplyMap[K];
}

describe('portal messages', () => {
  const ORIGIN = 'https://efile.example-court.gov';
  const ID = scriptId(ORIGIN);

  it('addPortal registers the scanner once the permission is held; removePortal unregisters and releases it', async () => {
    const b = fakeApi([`${ORIGIN}/*`]);
    env.portals = b.api;
    expect(await call('listPortals', {})).toEqual({ portals: [] });
    const added = await call('addPortal', { url: `${ORIGIN}/filings` });
    expect(added.portals).toEqual([{ origin: ORIGIN, addedAt: 1_000, granted: true, registered: true, efiling: false }]);
    expect([...b.scripts]).toEqual([[ID, `${ORIGIN}/*`]]);
    // Adding it again changes nothing.
    expect((await call('addPortal', { url: ORIGIN })).portals).toHaveLength(1);

    const removed = await call('removePortal', { origin: ORIGIN });
    expect(removed.portals).toEqual([]);
    expect(b.scripts.size).toBe(0);
    expect(b.perms.has(`${ORIGIN}/*`)).toBe(false);
  });

  it('addPortal without the permission is refused with a message the user can act on', async () => {
    env.portals = fakeApi().api;
    await expect(call('addPortal', { url: ORIGIN })).rejects.toThrow(/was not allowed to read https:\/\/efile\.example-court\.gov/);
    expect((await call('listPortals', {})).portals).toEqual([]);
  });

  it('addPortal re-validates: a known portal or a mail host never gets a second script', async () => {
    env.portals = fakeApi(['https://app.onelegal.com/*']).api;
    await expect(call('addPortal', { url: 'https://app.onelegal.com' })).rejects.toThrow(/already recognises/);
    await expect(call('addPortal', { url: 'http://efile.example-court.gov' })).rejects.toThrow(/Only https/);
  });

  it('sync at startup: a revoked permission unregisters (the portal stays listed as such); a re-grant registers again; strays go', async () => {
    const b = fakeApi([`${ORIGIN}/*`]);
    env.portals = b.api;
    await call('addPortal', { url: ORIGIN });
    b.scripts.set('rapport-portal-stray.example.gov', 'https://stray.example.gov/*');
    b.scripts.set('someone-elses-script', 'x'); // not ours: left alone

    b.perms.clear();
    expect(await syncPortals(db, b.api)).toEqual([{ origin: ORIGIN, addedAt: 1_000, granted: false, registered: false, efiling: false }]);
    expect([...b.scripts.keys()]).toEqual(['someone-elses-script']);

    b.perms.add(`${ORIGIN}/*`);
    expect(await syncPortals(db, b.api)).toEqual([{ origin: ORIGIN, addedAt: 1_000, granted: true, registered: true, efiling: false }]);
    expect([...b.scripts.keys()].sort()).toEqual([ID, 'someone-elses-script']);
  });

  it('a registration failure is reported as not registered, not thrown', async () => {
    const b = fakeApi([`${ORIGIN}/*`]);
    b.api.register = async () => {
      throw new Error('Invalid match pattern');
    };
    env.portals = b.api;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await call('addPortal', { url: ORIGIN })).portals).toEqual([{ origin: ORIGIN, addedAt: 1_000, granted: true, registered: false, efiling: false }]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('a portal added as e-filing, or marked so later, is listed so; the mark can be taken back', async () => {
    const b = fakeApi([`${ORIGIN}/*`, 'https://other.example-court.gov/*']);
    env.portals = b.api;
    expect((await call('addPortal', { url: ORIGIN, efiling: true })).portals).toEqual([
      { origin: ORIGIN, addedAt: 1_000, granted: true, registered: true, efiling: true },
    ]);
    await call('addPortal', { url: 'https://other.example-court.gov' });
    expect(await userPortalList(db)).toEqual([
      { origin: ORIGIN, efiling: true },
      { origin: 'https://other.example-court.gov', efiling: false },
    ]);
    await call('markPortal', { origin: 'https://other.example-court.gov', efiling: true });
    await call('markPortal', { origin: ORIGIN, efiling: false });
    expect(await userPortalList(db)).toEqual([
      { origin: ORIGIN, efiling: false },
      { origin: 'https://other.example-court.gov', efiling: true },
    ]);
    await expect(call('markPortal', { origin: 'https://never-added.example.gov', efiling: true })).rejects.toThrow(/not one of your portals/);
  });
});
