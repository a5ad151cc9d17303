import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEYS_VERSION_KEY, MIGRATIONS, type AnyVersionDB } from '../../../lib/db/migrations';
import { openRapportDb } from '../../../lib/db/open';
import { clientsByKey, createClient, getClient, updateClient } from '../../../lib/db/repos/clients';
import { KEYS_VERSION } from '../../../lib/identity/keys';
import { clientInputSchema } from '../../../lib/model/client';
import { seedAtVersion } from './seed-old-version';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const brandt = { id: 'p-brandt', role: 'opposing-counsel' as const, name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], notes: '' };

/** A client record as an older version stored it: its matters' numbers without courts, and the keys that version derived. */
const storedClient = (id: string, name: string, email: string, cases: [matterId: string, caseNumber: string][], keys: string[]) => ({
  id,
  name,
  emails: [email],
  phones: [],
  domains: [],
  matters: cases.map(([mid, caseNumber]) => ({ id: mid, caseNumber, people: [] })),
  notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
  goals: [],
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  keys,
});

describe('matter people keys', () => {
  it('an existing database with keys version 2 derives person:, pdomain: and pname: keys on open, and gives old matters an empty people list', async () => {
    await seedAtVersion('v2keys', MIGRATIONS.length, async (db) => {
      // Stored before matters had people: the lease matter carries Brandt (written by a newer editor
      // before the keys moved on), the other matter has no `people` at all.
      const elena = {
        id: 'c-elena',
        name: 'Elena Ruiz',
        emails: ['elena.ruiz@example.org'],
        phones: [],
        domains: [],
        matters: [
          { id: 'm-lease', caseName: 'Ruiz v. Harbor Properties', people: [brandt] },
          { id: 'm-old', caseNumber: '22STCV11897' },
        ],
        notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
        goals: [],
        tags: [],
        createdAt: 1,
        updatedAt: 1,
        keys: ['email:elena.ruiz@example.org', 'name:elena ruiz'],
      };
      await db.put('clients', elena as never);
      await db.put('meta', 2, KEYS_VERSION_KEY);
    });
    const raw = await openDB<AnyVersionDB>('v2keys');
    expect(await raw.get('meta', KEYS_VERSION_KEY)).toBe(2);
    raw.close();

    const db = await openRapportDb('v2keys');
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(KEYS_VERSION);
    const stored = await db.get('clients', 'c-elena');
    expect(stored?.keys).toEqual(expect.arrayContaining(['person:vbrandt@brandt-defense.com', 'pdomain:brandt-defense.com', 'pname:victor brandt']));
    expect(stored?.matters.find((m) => m.id === 'm-old')?.people).toEqual([]);
    expect((await clientsByKey(db, 'person:vbrandt@brandt-defense.com')).map((c) => c.id)).toEqual(['c-elena']);
    // The client's own keys are still there.
    expect((await clientsByKey(db, 'email:elena.ruiz@example.org')).map((c) => c.id)).toEqual(['c-elena']);
    db.close();
  });

  it('an existing database with keys version 3 derives the keys of the states added in version 4 on open', async () => {
    await seedAtVersion('v3keys', MIGRATIONS.length, async (db) => {
      // A Philadelphia criminal docket and a Wisconsin number, both stored without a court: version 3 had no table for either state.
      const dana = storedClient(
        'c-dana',
        'Dana Whitfield',
        'dana@example.org',
        [
          ['m-pa', 'CP-51-CR-0001234-2019'],
          ['m-wi', '2021CV003851'],
        ],
        ['email:dana@example.org', 'name:dana whitfield', 'case:CO:2021CV003851'],
      );
      await db.put('clients', dana as never);
      await db.put('meta', 3, KEYS_VERSION_KEY);
    });
    const db = await openRapportDb('v3keys');
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(KEYS_VERSION);
    expect((await clientsByKey(db, 'case:PA:CP51CR00012342019')).map((c) => c.id)).toEqual(['c-dana']);
    expect((await clientsByKey(db, 'case:WI:2021CV003851')).map((c) => c.id)).toEqual(['c-dana']);
    expect((await clientsByKey(db, 'case:CO:2021CV003851')).map((c) => c.id)).toEqual(['c-dana']);
    expect((await clientsByKey(db, 'email:dana@example.org')).map((c) => c.id)).toEqual(['c-dana']);
    db.close();
  });

  it('an existing database with keys version 4 derives the keys of the jurisdictions added in version 5 on open', async () => {
    await seedAtVersion('v4keys', MIGRATIONS.length, async (db) => {
      // A Tennessee appeal, a Delaware Superior Court number with its judge's initials and a Kansas (or Oregon) number, stored without a court.
      const ray = storedClient(
        'c-ray',
        'Ray Okafor',
        'ray@example.org',
        [
          ['m-tn', 'W2022-00518-COA-R3-CV'],
          ['m-de', 'N20C-04-227 AML'],
          ['m-ks', '23CV04487'],
        ],
        ['email:ray@example.org', 'name:ray okafor', 'case:OR:23CV04487'],
      );
      await db.put('clients', ray as never);
      await db.put('meta', 4, KEYS_VERSION_KEY);
    });
    const db = await openRapportDb('v4keys');
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(KEYS_VERSION);
    for (const key of ['case:TN:W202200518', 'case:DE:N20C04227', 'case:KS:23CV04487', 'case:OR:23CV04487', 'email:ray@example.org'])
      expect((await clientsByKey(db, key as never)).map((c) => c.id), key).toEqual(['c-ray']);
    db.close();
  });

  it('an existing database with keys version 5 derives the keys of the states added in version 6 on open', async () => {
    expect(KEYS_VERSION).toBe(6);
    await seedAtVersion('v5keys', MIGRATIONS.length, async (db) => {
      // A Montana dissolution printed with a four-digit year, a Rhode Island appeal and a Maine docket as courts print it, stored without a court.
      const lena = storedClient(
        'c-lena',
        'Lena Brandt',
        'lena@example.org',
        [
          ['m-mt', 'DR-2019-100'],
          ['m-ri', '2024-0099-Appeal.'],
          ['m-me', 'Cum-17-420'],
        ],
        ['email:lena@example.org', 'name:lena brandt', 'case:ME:CUM17420'],
      );
      await db.put('clients', lena as never);
      await db.put('meta', 5, KEYS_VERSION_KEY);
    });
    const db = await openRapportDb('v5keys');
    expect(await db.get('meta', KEYS_VERSION_KEY)).toBe(6);
    for (const key of ['case:MT:DR19100', 'case:RI:2499', 'case:ME:CUM17420', 'email:lena@example.org'])
      expect((await clientsByKey(db, key as never)).map((c) => c.id), key).toEqual(['c-lena']);
    db.close();
  });

  it('a public mail domain never becomes a pdomain key; editing a matter person moves the keys with it', async () => {
    const db = await openRapportDb('edit');
    const input = clientInputSchema.parse({
      name: 'Elena Ruiz',
      matters: [{ id: 'm1', caseName: 'Ruiz v. Harbor', people: [{ ...brandt, emails: ['victor.brandt@gmail.com'] }] }],
    });
    const { client } = await createClient(db, input, 10);
    const stored = await db.get('clients', client.id);
    expect(stored?.keys).toContain('person:victor.brandt@gmail.com');
    expect(stored?.keys?.some((k) => k.startsWith('pdomain:'))).toBe(false);

    const moved = { ...client, matters: [{ ...client.matters[0]!, people: [{ ...client.matters[0]!.people[0]!, emails: ['vb@brandt-defense.com'] }] }] };
    await updateClient(db, moved, 20);
    expect(await clientsByKey(db, 'person:victor.brandt@gmail.com')).toEqual([]);
    expect((await clientsByKey(db, 'person:vb@brandt-defense.com')).map((c) => c.id)).toEqual([client.id]);
    expect((await getClient(db, client.id))?.matters[0]?.people[0]?.name).toBe('Victor Brandt');
    db.close();
  });

  it('an edit that does not carry the conflict overrides keeps the stored ones (append-only)', async () => {
    const db = await openRapportDb('overrides');
    const override = {
      id: 'o1',
      subject: { kind: 'client', clientId: 'c-new', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] },
      confirmedBy: { label: 'Ana Lopez' },
      confirmedAt: 5,
      note: '',
      hits: [
        {
          strength: 'exact',
          clientId: 'c-elena',
          clientName: 'Elena Ruiz',
          role: 'opposing-counsel',
          reasons: [{ code: 'email', strength: 'exact', field: 'email', candidate: 'vbrandt@brandt-defense.com', record: 'vbrandt@brandt-defense.com' }],
        },
      ],
    };
    const input = clientInputSchema.parse({ name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], conflictOverrides: [override] });
    const { client } = await createClient(db, input, 10, 'c-new');
    const { conflictOverrides: _gone, ...withoutOverrides } = client;
    const next = await updateClient(db, { ...withoutOverrides, organisation: 'Brandt Defense LLP' }, 20);
    expect(next.conflictOverrides?.map((o) => o.id)).toEqual(['o1']);
    expect((await getClient(db, 'c-new'))?.conflictOverrides?.[0]?.confirmedBy.label).toBe('Ana Lopez');
    db.close();
  });
});
