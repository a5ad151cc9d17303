import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validateBackup } from '../../../lib/backup/validate';
import { planRestore } from '../../../lib/backup/restore-plan';
import { memoryExistingData } from '../../../lib/backup/existing';
import { backupSchema } from '../../../lib/backup/schema';
import { clientSchema } from '../../../lib/model/client';
import { interactionSchema } from '../../../lib/model/interaction';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { backupDoc, client, interaction } from '../data/records';

// Fuzzing the restore validator and plan (seeded). A valid backup is damaged
// in random places; whatever the damage, validation never throws, every error
// names a path inside the file, damage to a record is reported at that
// record, and a backup that passes gives a complete plan whose every write is
// a valid record — never a partial one.

const SEED = 20261130;

function check(cond: boolean, what: string, detail?: unknown): asserts cond {
  if (!cond) throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

const EMAILS = ['ana@acme.com', 'ben@acme.com', 'cy@home.example', 'di@x.example'];
const CASES = ['22STCV11897', 'CGC-10-501886', '3:21-cv-01234-RS'];
const clientArb = (i: number) =>
  fc
    .record({
      emails: fc.subarray(EMAILS, { maxLength: 2 }),
      cases: fc.subarray(CASES, { maxLength: 1 }),
      name: fc.constantFrom('Ana', 'Zoë Đặng', '李明', 'Ben'),
      tags: fc.subarray(['VIP', 'Clients', 'vip'], { maxLength: 2 }),
      updatedAt: fc.integer({ min: 0, max: 10 }),
    })
    .map((r) =>
      client(`c${i}`, { name: r.name, emails: r.emails, tags: r.tags, matters: r.cases.map((c, j) => ({ id: `m${i}-${j}`, caseNumber: c })) }, { updatedAt: r.updatedAt }),
    );

const docArb = fc.integer({ min: 0, max: 6 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => clientArb(i))),
      fc.array(fc.record({ client: fc.nat(), kind: fc.constantFrom('call', 'email-in', 'note'), msg: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }) }), { maxLength: 8 }),
    )
    .map(([clients, its]) => {
      const seen = new Set<string>();
      const interactions = n
        ? its.flatMap((x, k) => {
            const clientId = `c${x.client % n}`;
            const key = `${clientId}|${x.msg}`;
            if (x.msg && seen.has(key)) return [];
            seen.add(key);
            return [interaction(`i${k}`, clientId, { kind: x.kind as never, ...(x.msg ? { messageId: x.msg } : {}) })];
          })
        : [];
      return JSON.parse(JSON.stringify(backupDoc({ clients, interactions }))) as Record<string, unknown>;
    }),
);

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom('', 'not-an-email', 'x'.repeat(300), 'c0', 'i0', '2026-13-45', 'https://x'),
  fc.array(fc.constantFrom('a', 1, null), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('id', 'name', 'x'), fc.constantFrom('a', 1)),
);

const FIELDS = {
  clients: ['id', 'name', 'emails', 'phones', 'matters', 'notes', 'goals', 'cadence', 'tags', 'createdAt', 'updatedAt', 'domains'],
  interactions: ['id', 'clientId', 'kind', 'at', 'summary', 'sentiment', 'source', 'messageId', 'filing'],
};

type Damage = { section: 'clients' | 'interactions'; index: number; field: string; value: unknown } | { copy: 'clients' | 'interactions'; index: number };
const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ section: fc.constantFrom('clients' as const, 'interactions' as const), index: fc.nat(8), field: fc.constantFrom(...FIELDS.clients, ...FIELDS.interactions), value: junk }),
  fc.record({ copy: fc.constantFrom('clients' as const, 'interactions' as const), index: fc.nat(8) }),
);

type Damaged = { path: string; record: unknown; section: 'clients' | 'interactions' };
const atRecord = (path: string, at: string) => at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);

async function checkDoc(doc: unknown, damaged: Damaged[]) {
  const v = validateBackup(doc);
  // A record the damage made invalid is reported at that record, whatever else is wrong.
  for (const d of damaged) {
    const schema = d.section === 'clients' ? clientSchema : interactionSchema;
    if (schema.safeParse(d.record).success) continue;
    check(!v.ok && v.errors.some((e) => atRecord(d.path, e.path)), 'a damaged record is reported at its path', { path: d.path, errors: v.ok ? [] : v.errors.slice(0, 5) });
  }
  if (!v.ok) {
    check(v.errors.length > 0, 'a refusal has errors');
    for (const e of v.errors) {
      check(e.message.length > 3, 'every error says something', e);
      check(e.path === '' || /^(format|version|createdAt|app|settings|portals|clients|interactions|trash)\b/.test(e.path), 'every error has a path in the file', e);
    }
    return;
  }
  // A damaged record can only pass if the damage left it valid.
  check(backupSchema.safeParse(v.backup).success, 'an accepted backup matches the schema');
  const ids = new Set(v.backup.clients.map((c) => c.id));
  check(ids.size === v.backup.clients.length, 'client ids unique');
  check(new Set(v.backup.interactions.map((i) => i.id)).size === v.backup.interactions.length, 'interaction ids unique');
  for (const i of v.backup.interactions) check(ids.has(i.clientId), 'every interaction has its client', i);
  // Plan it against a database that already holds some of the same people.
  const db = memoryExistingData({
    settings: DEFAULT_SETTINGS,
    clients: [client('c0', { name: 'Ana', emails: ['ana@acme.com'] }), client('db1', { emails: ['ben@acme.com'], matters: [{ id: 'x', caseNumber: '22STCV11897' }] }), client('db2', { emails: ['cy@home.example'] })],
    interactions: [interaction('i0', 'c0', { messageId: 'm1' })],
  });
  const r = await planRestore(v.backup, db, { batchSize: 3 });
  if (!r.ok) {
    for (const e of r.errors) check(/^clients\[\d+\]/.test(e.path) && e.message.length > 3, 'a plan refusal names the client', e);
    return;
  }
  const p = r.plan;
  const c = p.counts.clients;
  check(c.new + c.unchanged + c.merged + c.conflict + c.ambiguous + c['from-trash'] === v.backup.clients.length, 'one outcome per client', c);
  const ic = p.counts.interactions;
  check(ic.new + ic.unchanged + ic.conflict + ic.duplicate === v.backup.interactions.length, 'one outcome per interaction', ic);
  for (const w of p.writes.clients) check(clientSchema.safeParse(w).success, 'every client write is valid', w);
  for (const w of p.writes.interactions) check(interactionSchema.safeParse(w).success, 'every interaction write is valid', w);
  check(new Set(p.writes.clients.map((x) => x.id)).size === p.writes.clients.length, 'each client written once');
  const targets = new Set([...p.writes.clients.map((x) => x.id), 'c0', 'db1', 'db2']);
  for (const w of p.writes.interactions) check(targets.has(w.clientId), 'interactions point at a client that exists after the restore', w);
}

// Thousands of seeded cases: the count is fixed, the time is whatever the shared machine gives.
describe('fuzz: restore validator and plan', { timeout: 180_000 }, () => {
  it('damaged records: never throws, errors carry paths, accepted files give complete valid plans (1,500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.array(damageArb, { maxLength: 3 }), async (doc, damage) => {
        const damaged: Damaged[] = [];
        for (const d of damage) {
          if ('copy' in d) {
            const list = doc[d.copy] as unknown[];
            if (list.length) list.push(JSON.parse(JSON.stringify(list[d.index % list.length])));
            continue;
          }
          const list = doc[d.section] as Record<string, unknown>[];
          if (!list.length) continue;
          const i = d.index % list.length;
          if (d.value === undefined) delete list[i]![d.field];
          else list[i]![d.field] = d.value;
          damaged.push({ path: `${d.section}[${i}]`, record: list[i], section: d.section });
        }
        await checkDoc(doc, damaged);
        // The same document as text, as the options page reads it.
        await checkDoc(JSON.stringify(doc), damaged);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('broken files: cut short, stray characters, other JSON — never throws, one clear error (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.nat(), fc.constantFrom('', ',', '}', '"', '\u0000', 'x', '\n'), async (doc, at, insert) => {
        const text = JSON.stringify(doc, null, 1);
        const cut = at % (text.length + 1);
        await checkDoc(text.slice(0, cut) + insert, []);
        await checkDoc(text.slice(0, cut) + insert + text.slice(cut), []);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
