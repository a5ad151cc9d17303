import { describe, expect, it } from 'vitest';
import { planRestore, type RestorePlan } from '../../../lib/backup/restore-plan';
import { memoryExistingData } from '../../../lib/backup/existing';
import { validateBackup } from '../../../lib/backup/validate';
import type { Backup } from '../../../lib/backup/schema';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../lib/model/settings';
import type { Client } from '../../../lib/model/client';
import type { Interaction } from '../../../lib/model/interaction';
import { backupDoc, client, interaction, T0 } from '../data/records';

function backupOf(parts: Parameters<typeof backupDoc>[0]): Backup {
  const v = validateBackup(backupDoc(parts));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.backup;
}

async function plan(b: Backup, db: { clients?: Client[]; interactions?: Interaction[]; trashedClientIds?: string[]; portals?: string[] } = {}, opts = {}): Promise<RestorePlan> {
  const r = await planRestore(b, memoryExistingData({ settings: DEFAULT_SETTINGS, ...db }), { batchSize: 2, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

describe('restore plan', () => {
  it('into an empty database: everything is new and written exactly as in the backup', async () => {
    const clients = [client('a', { emails: ['ana@acme.com'] }, { createdAt: 5, updatedAt: 9 }), client('b'), client('c')];
    const interactions = [interaction('i1', 'a'), interaction('i2', 'b', { messageId: 'm' }), interaction('i3', 'c')];
    const b = backupOf({ clients, interactions, portals: [{ origin: 'https://efile.example.gov', addedAt: 3 }] });
    const p = await plan(b);
    expect(p.counts.clients).toMatchObject({ new: 3, merged: 0, unchanged: 0, conflict: 0, ambiguous: 0 });
    expect(p.counts.interactions).toEqual({ new: 3, unchanged: 0, conflict: 0, duplicate: 0 });
    expect(p.writes.clients).toEqual(clients);
    expect(p.writes.interactions).toEqual(interactions);
    expect(p.writes.portals).toEqual([{ origin: 'https://efile.example.gov', addedAt: 3 }]);
    expect(p.settingsChanged).toBe(false);
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    const clients = [client('a', { emails: ['ana@acme.com'], matters: [{ id: 'm1', caseNumber: '22STCV11897' }] }), client('b')];
    const interactions = [interaction('i1', 'a', { messageId: 'x' }), interaction('i2', 'b')];
    const p = await plan(backupOf({ clients, interactions }), { clients, interactions });
    expect(p.counts.clients.unchanged).toBe(2);
    expect(p.counts.interactions.unchanged).toBe(2);
    expect(p.writes.clients).toEqual([]);
    expect(p.writes.interactions).toEqual([]);
    expect(p.clients.every((c) => c.matchedBy === 'id')).toBe(true);
  });

  it('same e-mail address under another id merges into the existing client, and its history follows', async () => {
    const current = client('db-1', { name: 'Ana Ruiz', emails: ['ana@acme.com'], phones: ['+1 555 0100'], tags: ['VIP'] }, { createdAt: 10, updatedAt: 20 });
    const fromBackup = client('bk-1', { name: 'Ana Ruiz', emails: ['ANA@acme.com', 'ana.ruiz@home.example'], phones: ['15550100'], tags: ['vip', 'Litigation'] }, { createdAt: 5, updatedAt: 30 });
    const b = backupOf({ clients: [fromBackup], interactions: [interaction('i1', 'bk-1')] });
    const p = await plan(b, { clients: [current] });
    expect(p.clients[0]).toMatchObject({ outcome: 'merged', targetId: 'db-1', matchedBy: 'email', matchedValue: 'ana@acme.com' });
    expect(p.writes.clients).toHaveLength(1);
    expect(p.writes.clients[0]).toMatchObject({
      id: 'db-1',
      emails: ['ana@acme.com', 'ana.ruiz@home.example'],
      phones: ['15550100'],
      tags: ['vip', 'Litigation'],
      createdAt: 5,
      updatedAt: 30,
    });
    expect(p.writes.interactions[0]).toMatchObject({ id: 'i1', clientId: 'db-1' });
  });

  it('same case number merges when it names one client; when it names two, nothing is guessed', async () => {
    const one = client('db-1', { name: 'Ana Ruiz', matters: [{ id: 'm', caseNumber: 'CGC-10-501886' }] });
    const b = backupOf({ clients: [client('bk', { name: 'Ana Ruiz', matters: [{ id: 'n', caseNumber: 'CGC10501886', caseName: 'Ruiz v. Acme' }] })] });
    const p1 = await plan(b, { clients: [one] });
    expect(p1.clients[0]).toMatchObject({ outcome: 'merged', matchedBy: 'case', targetId: 'db-1' });
    // One matter, not two: the backup's (preferred) spelling and id, the same case.
    expect(p1.writes.clients[0]!.matters).toEqual([{ id: 'n', caseNumber: 'CGC10501886', caseName: 'Ruiz v. Acme', people: [] }]);

    const two = client('db-2', { matters: [{ id: 'm2', caseNumber: 'CGC-10-501886' }] });
    const p2 = await plan(b, { clients: [one, two] });
    expect(p2.clients[0]).toMatchObject({ outcome: 'ambiguous', targetId: 'bk', candidates: ['db-1', 'db-2'] });
    expect(p2.writes.clients.map((c) => c.id)).toEqual(['bk']);
  });

  it('same id with a different value is a conflict; the chosen side wins and the difference is named', async () => {
    const current = client('a', { name: 'Ana', organisation: 'Acme', notes: { family: 'Two kids' } as never }, { updatedAt: 50 });
    const backed = client('a', { name: 'Ana', organisation: 'Acme Ltd', notes: { interests: 'Sailing' } as never }, { updatedAt: 40 });
    const b = backupOf({ clients: [backed] });
    const pb = await plan(b, { clients: [current] });
    expect(pb.clients[0]).toMatchObject({ outcome: 'conflict', differences: ['organisation'] });
    expect(pb.writes.clients[0]).toMatchObject({ organisation: 'Acme Ltd', notes: { family: 'Two kids', interests: 'Sailing' }, updatedAt: 50 });
    const pc = await plan(b, { clients: [current] }, { prefer: 'current' });
    expect(pc.writes.clients[0]!.organisation).toBe('Acme');
  });

  it('interactions: same id differing is a conflict, an acknowledged flag stays acknowledged, a message already logged is a duplicate', async () => {
    const a = client('a');
    const currentFiling = interaction('f', 'a', { kind: 'filing', messageId: 'filing:x', filing: { status: 'Rejected', acknowledgedAt: T0 } });
    const backedFiling = interaction('f', 'a', { kind: 'filing', messageId: 'filing:x', summary: 'Rejected: missing exhibit', filing: { status: 'Rejected' } });
    const logged = interaction('mail-db', 'a', { kind: 'email-in', messageId: '<m1@x>' });
    const b = backupOf({ clients: [a], interactions: [backedFiling, interaction('mail-bk', 'a', { kind: 'email-in', messageId: '<m1@x>' }), interaction('n', 'a')] });
    const p = await plan(b, { clients: [a], interactions: [currentFiling, logged] });
    expect(p.counts.interactions).toEqual({ new: 1, unchanged: 0, conflict: 1, duplicate: 1 });
    expect(p.writes.interactions.map((i) => i.id)).toEqual(['f', 'n']);
    expect(p.writes.interactions[0]).toMatchObject({ summary: 'Rejected: missing exhibit', filing: { status: 'Rejected', acknowledgedAt: T0 } });
    expect(p.interactions.map((n) => [n.path, n.outcome])).toEqual([
      ['interactions[0]', 'conflict'],
      ['interactions[1]', 'duplicate'],
    ]);
  });

  it('two backup clients merging into one existing client do not log the same message twice', async () => {
    const db = client('db', { emails: ['ana@acme.com'] });
    const b = backupOf({
      clients: [client('x', { emails: ['ana@acme.com'] }), client('y', { emails: ['ana@acme.com'], phones: ['1'] })],
      interactions: [interaction('i1', 'x', { messageId: 'm' }), interaction('i2', 'y', { messageId: 'm' })],
    });
    const p = await plan(b, { clients: [db] });
    expect(p.clients.map((c) => c.targetId)).toEqual(['db', 'db']);
    expect(p.writes.clients).toHaveLength(1);
    expect(p.writes.clients[0]!.phones).toEqual(['1']);
    expect(p.counts.interactions).toMatchObject({ new: 1, duplicate: 1 });
  });

  it('a client in the trash comes back from the backup; trash entries, portals and settings are planned', async () => {
    const settings = settingsSchema.parse({ reminders: { hour: 7 } });
    const b = backupOf({
      clients: [client('t')],
      trash: [{ deletedAt: T0, client: client('gone'), interactions: [] }, { deletedAt: T0, client: client('live'), interactions: [] }],
      portals: [{ origin: 'https://a.example.gov', addedAt: 1 }, { origin: 'https://b.example.gov', addedAt: 2 }],
      settings,
    });
    const p = await plan(b, { clients: [client('live')], trashedClientIds: ['t'], portals: ['https://a.example.gov'] });
    expect(p.clients[0]).toMatchObject({ outcome: 'from-trash', targetId: 't' });
    expect(p.writes.untrash).toEqual(['t']);
    expect(p.counts.trash).toEqual({ new: 1, existing: 1 });
    expect(p.writes.trash.map((t) => t.client.id)).toEqual(['gone']);
    expect(p.writes.portals.map((x) => x.origin)).toEqual(['https://b.example.gov']);
    expect(p.settingsChanged).toBe(true);
    expect(p.writes.settings?.reminders.hour).toBe(7);
    const keep = await plan(b, {}, { restoreSettings: false });
    expect(keep.writes.settings).toBeUndefined();
    expect(keep.settingsChanged).toBe(false);
  });

  it('gives no plan at all when a merge would make an invalid client, and says why with the path', async () => {
    const many = (p: string) => Array.from({ length: 30 }, (_, i) => `${p}${i}@x.example`);
    const db = client('db', { emails: ['ana@acme.com', ...many('a')] });
    const b = backupOf({ clients: [client('ok'), client('bk', { emails: ['ana@acme.com', ...many('b')] })] });
    const r = await planRestore(b, memoryExistingData({ settings: DEFAULT_SETTINGS, clients: [db] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ path: 'clients[1].emails', message: expect.stringMatching(/^merged with existing client "Client db": too big/) }]);
  });
});
