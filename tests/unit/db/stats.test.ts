import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { createClient } from '../../../lib/db/repos/clients';
import { acknowledgeFiling, logFiling } from '../../../lib/db/repos/filings';
import { allInteractions, deleteInteraction, logInteractionOnce } from '../../../lib/db/repos/interactions';
import type { ClientStats } from '../../../lib/db/schema';
import { filingState } from '../../../lib/model/filing';
import { isContact, type Interaction, type InteractionKind } from '../../../lib/model/interaction';
import { checkIn } from '../../../lib/mood/trend';

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('s');
});

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

const HOUR = 3_600_000;
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : undefined);

/**
 * What the stats must say, worked out from the history alone with none of
 * stats.ts: the oracle the incrementally kept record is compared with.
 */
function expected(history: Interaction[]) {
  const at = (pred: (i: Interaction) => boolean) => history.filter(pred).map((i) => i.at);
  const lastOut = max(at((i) => i.kind === 'email-out'));
  const waiting = at((i) => i.kind === 'email-in' && i.at > (lastOut ?? -Infinity));
  const counts: Partial<Record<InteractionKind, number>> = {};
  for (const i of history) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  const byTime = (a: Interaction, b: Interaction) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // The last ten, oldest first, with their moods; the check-in rule run on the whole history.
  const lastTen = [...history].sort(byTime).slice(-10);
  const check = checkIn(history);
  return {
    lastContact: max(at((i) => isContact(i.kind))),
    lastIn: max(at((i) => i.kind === 'email-in')),
    lastOut,
    awaitingSince: waiting.length ? Math.min(...waiting) : undefined,
    counts,
    openFlags: history
      .filter((i) => i.kind === 'filing' && i.filing && !i.filing.acknowledgedAt && filingState(i.filing.status) === 'rejected')
      .map((i) => i.id)
      .sort(),
    filings: history.filter((i) => i.kind === 'filing' && i.messageId).map((i) => i.messageId!).sort(),
    // The newest five, newest first (ties in time by id, as pages order them).
    recent: [...history]
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, 5)
      .map((i) => i.id),
    moods: lastTen.map((i) => `${i.id}:${i.sentiment ?? '-'}`),
    checkIn: check.raised ? check.since : undefined,
  };
}

function actual(s: ClientStats) {
  return {
    lastContact: s.lastContact,
    lastIn: s.lastIn,
    lastOut: s.lastOut,
    awaitingSince: s.awaitingSince,
    counts: s.counts,
    openFlags: s.openFlags.map((f) => f.id).sort(),
    filings: s.filings.map((f) => f.key).sort(),
    recent: s.recent.map((i) => i.id),
    moods: (s.moods ?? []).map((m) => `${m.id}:${m.sentiment ?? '-'}`),
    checkIn: s.checkIn,
  };
}

describe('per-client stats', () => {
  it('equal what the history says after any mix of logs (out of order, same instant), deletes, filings and acknowledgements', async () => {
    const rnd = prng(7);
    const ids = [];
    for (let c = 0; c < 4; c++) ids.push((await createClient(db, { name: `C${c}`, emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [] }, 0)).client.id);
    const kinds: InteractionKind[] = ['email-in', 'email-in', 'email-out', 'email-out', 'call', 'meeting', 'note'];
    let logged: Interaction[] = [];
    const flags = new Set<string>();
    for (let step = 0; step < 400; step++) {
      const clientId = ids[Math.floor(rnd() * ids.length)]!;
      // Coarse times: many interactions share an instant.
      const at = 1_000 * HOUR + Math.floor(rnd() * 60) * HOUR;
      const r = rnd();
      if (r < 0.2 && logged.length) {
        const victim = logged[Math.floor(rnd() * logged.length)]!;
        await deleteInteraction(db, victim.id, rnd() < 0.5 ? { clientId: victim.clientId, at: victim.at } : { clientId: victim.clientId });
      } else if (r < 0.3) {
        const status = rnd() < 0.6 ? 'Rejected by Court' : 'Accepted';
        await logFiling(db, { clientId, site: 'one-legal', status, caseKey: 'case:X', ref: String(Math.floor(rnd() * 5)), summary: status, at });
      } else if (r < 0.35) {
        const open = (await allInteractions(db)).filter((i) => i.kind === 'filing' && !i.filing?.acknowledgedAt);
        const f = open[Math.floor(rnd() * open.length)];
        if (f) await acknowledgeFiling(db, f.id, at, rnd() < 0.5 ? f.clientId : undefined);
      } else {
        // A mood on most, from −2 to +2, often frustrated, so the check-in flag rises and clears.
        const m = rnd();
        const sentiment = m < 0.25 ? undefined : Math.floor(m * 5.33) - 3;
        await logInteractionOnce(db, { clientId, kind: kinds[Math.floor(rnd() * kinds.length)]!, at, summary: '', source: 't', ...(sentiment === undefined ? {} : { sentiment }) });
      }
      logged = await allInteractions(db);
      if (step % 20 === 0 || step === 399)
        for (const id of ids) {
          const s = (await db.get('stats', id))!;
          expect(actual(s), `client ${id} after step ${step}`).toEqual(expected(logged.filter((i) => i.clientId === id)));
          flags.add(s.checkIn === undefined ? 'down' : 'raised');
        }
    }
    // The mix both raises and clears the check-in flag somewhere along the way.
    expect([...flags].sort()).toEqual(['down', 'raised']);
  });

  it('a rejected filing is logged once per row and status, whenever it is seen again, and raises one flag until acknowledged', async () => {
    const { client } = await createClient(db, { name: 'A', emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [] }, 0);
    const row = { clientId: client.id, site: 'one-legal', status: 'Rejected by Court', caseKey: 'case:X', ref: '9', summary: 's' };
    const first = await logFiling(db, { ...row, at: 10 });
    const weekLater = await logFiling(db, { ...row, at: 10 + 7 * 24 * HOUR });
    expect(first).toMatchObject({ created: true, flagged: true });
    expect(weekLater).toMatchObject({ created: false, flagged: false, interaction: { id: first.interaction.id } });
    await acknowledgeFiling(db, first.interaction.id, 20);
    expect((await db.get('stats', client.id))!.openFlags).toEqual([]);
    expect(await logFiling(db, { ...row, at: 99 })).toMatchObject({ created: false });
    expect((await db.get('stats', client.id))!.openFlags).toEqual([]);
  });
});
