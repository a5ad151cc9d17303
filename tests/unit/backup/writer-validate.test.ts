import { describe, expect, it } from 'vitest';
import { backupFileName, createBackupWriter, BackupWriteError } from '../../../lib/backup/writer';
import { validateBackup } from '../../../lib/backup/validate';
import { formatIssue } from '../../../lib/backup/issues';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { backupDoc, client, interaction, T0 } from '../data/records';

const START = { createdAt: Date.UTC(2026, 10, 26, 15, 45), appVersion: '0.1.0', settings: DEFAULT_SETTINGS, portals: [{ origin: 'https://efile.example-court.gov', addedAt: T0 }] };

function writeAll(pages: { clients?: ReturnType<typeof client>[][]; interactions?: ReturnType<typeof interaction>[][] }) {
  const w = createBackupWriter();
  const chunks = [w.start(START)];
  for (const p of pages.clients ?? []) chunks.push(w.clients(p));
  for (const p of pages.interactions ?? []) chunks.push(w.interactions(p));
  chunks.push(w.finish());
  return { chunks, text: chunks.join(''), counts: w.counts };
}

describe('backup writer', () => {
  it('writes pages as separate chunks that join into a backup the validator accepts, records unchanged', () => {
    const clients = [client('a', { emails: ['ana@acme.com'], tags: ['VIP'] }), client('b'), client('c', { name: 'Zoë Đặng 李' })];
    const interactions = [
      interaction('i1', 'a'),
      interaction('i2', 'b', { kind: 'filing', messageId: 'filing:one-legal:ref:1:rejected', filing: { status: 'Rejected', ref: '1', acknowledgedAt: T0 + 5 } }),
      interaction('i3', 'c', { kind: 'email-in', messageId: '<m@x>', summary: 'line "one"\nline two' }),
    ];
    const { chunks, text, counts } = writeAll({ clients: [clients.slice(0, 2), clients.slice(2)], interactions: [interactions.slice(0, 1), [], interactions.slice(1)] });
    expect(chunks).toHaveLength(7);
    expect(counts).toEqual({ clients: 3, interactions: 3, trash: 0, deadlines: 0, questions: 0 });
    const v = validateBackup(text);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.backup.clients).toEqual(clients);
    expect(v.backup.interactions).toEqual(interactions);
    expect(v.backup.createdAt).toBe('2026-11-26T15:45:00.000Z');
    expect(v.backup.portals).toEqual(START.portals);
    expect(v.warnings).toEqual([]);
  });

  it('writes one record per line and the same bytes for the same data', () => {
    const clients = [client('a'), client('b')];
    const one = writeAll({ clients: [clients] }).text;
    const two = writeAll({ clients: [[clients[0]!], [clients[1]!]] }).text;
    expect(two).toBe(one);
    const lines = one.split('\n');
    expect(lines.filter((l) => l.startsWith('{"name":"Client '))).toHaveLength(2);
  });

  it('an empty database is a valid backup', () => {
    const v = validateBackup(writeAll({}).text);
    expect(v.ok && v.backup.clients.length === 0 && v.backup.interactions.length === 0).toBe(true);
  });

  it('drops derived fields (identity keys, open flags)', () => {
    const stored = { ...client('a', { emails: ['a@b.co'] }), keys: ['email:a@b.co'] };
    const { text } = writeAll({ clients: [[stored]], interactions: [[{ ...interaction('i', 'a'), openFlag: 'a' } as ReturnType<typeof interaction>]] });
    expect(text).not.toContain('"keys"');
    expect(text).not.toContain('openFlag');
  });

  it('refuses records out of order or an invalid record, naming its path', () => {
    const w = createBackupWriter();
    expect(() => w.clients([])).toThrow(BackupWriteError);
    w.start(START);
    w.clients([client('a')]);
    expect(() => w.clients([{ ...client('b'), emails: ['nope'] }])).toThrow('clients[1].emails[0]: not a valid e-mail address');
    w.interactions([]);
    expect(() => w.clients([client('c')])).toThrow('clients must come before interactions');
    w.finish();
    expect(() => w.finish()).toThrow(BackupWriteError);
  });

  it('names files by date without characters file systems refuse', () => {
    expect(backupFileName(Date.UTC(2026, 10, 26, 15, 45, 7, 123))).toBe('rapport-backup-2026-11-26T15-45-07Z.json');
  });
});

describe('backup validator', () => {
  const errorsOf = (doc: unknown) => {
    const v = validateBackup(typeof doc === 'string' ? doc : JSON.stringify(doc));
    expect(v.ok).toBe(false);
    return v.ok ? [] : v.errors.map(formatIssue);
  };

  it('reports every bad field with its path, not just the first', () => {
    const good = client('a');
    const errors = errorsOf(
      backupDoc({
        clients: [good, ...Array.from({ length: 11 }, (_, i) => client(`c${i}`)), { ...client('x'), emails: ['ana@acme.com', 'not-an-address'], name: '' }],
        interactions: [{ ...interaction('i1', 'a'), kind: 'fax' as never }, { ...interaction('i2', 'a'), sentiment: 7 }],
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'clients[12].emails[1]: not a valid e-mail address',
        'clients[12].name: a client needs a name',
        expect.stringMatching(/^interactions\[0\]\.kind: /),
        expect.stringMatching(/^interactions\[1\]\.sentiment: /),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('checks across records: duplicate ids, missing clients, a message logged twice, duplicate portals', () => {
    const errors = errorsOf(
      backupDoc({
        clients: [client('a'), client('a'), client('b', { matters: [{ id: 'm', caseNumber: '1' }, { id: 'm' }] })],
        interactions: [
          interaction('i1', 'a', { messageId: 'm1' }),
          interaction('i1', 'b'),
          interaction('i2', 'ghost'),
          interaction('i3', 'a', { messageId: 'm1' }),
          interaction('i4', 'b', { messageId: 'm1' }),
        ],
        portals: [{ origin: 'https://a.example.com', addedAt: 1 }, { origin: 'https://a.example.com', addedAt: 2 }],
      }),
    );
    expect(errors.sort()).toEqual(
      [
        'clients[1].id: duplicate client id "a" (also clients[0])',
        'clients[2].matters[1].id: duplicate matter id "m" (also matters[0])',
        'interactions[1].id: duplicate interaction id "i1" (also interactions[0])',
        'interactions[2].clientId: no client "ghost" in this backup',
        'interactions[3].messageId: message "m1" is logged twice for client "a" (also interactions[0])',
        'portals[1].origin: duplicate portal "https://a.example.com" (also portals[0])',
      ].sort(),
    );
  });

  it('trash entries keep their own history', () => {
    const trashed = client('t');
    const ok = validateBackup(JSON.stringify(backupDoc({ clients: [client('a')], trash: [{ deletedAt: T0, client: trashed, interactions: [interaction('ti', 't')] }] })));
    expect(ok.ok).toBe(true);
    expect(
      errorsOf(backupDoc({ clients: [client('a')], interactions: [interaction('x', 't')], trash: [{ deletedAt: T0, client: trashed, interactions: [interaction('ti', 'a')] }] })),
    ).toEqual([
      'interactions[0].clientId: client "t" is in the trash; its interactions belong in its trash entry',
      'trash[0].interactions[0].clientId: belongs to client "a", not to this trash entry\'s client "t"',
    ]);
  });

  it('says plainly when the file is not a backup, is from a newer Rapport, or is cut short', () => {
    expect(errorsOf('')).toEqual(['the file is empty']);
    expect(errorsOf('[1,2]')).toEqual(['not a Rapport backup (expected a JSON object with "format": "rapport-backup")']);
    expect(errorsOf({ format: 'something-else', clients: [{}] })).toEqual(['format: not a Rapport backup (format must be "rapport-backup")']);
    expect(errorsOf({ ...backupDoc(), version: 3 })[0]).toMatch(/^version: made by a newer Rapport/);
    const text = JSON.stringify(backupDoc({ clients: [client('a')] }), null, 1);
    expect(errorsOf(text.slice(0, text.length - 40))[0]).toMatch(/^not valid JSON/);
    expect(errorsOf('{\n  "format": "rapport-backup",\n  oops\n}')).toEqual(['not valid JSON at line 3, column 3 (the file may be cut short or edited by hand)']);
  });

  it('reports header, settings and missing sections with paths', () => {
    const doc = { ...backupDoc(), createdAt: 'yesterday', settings: { reminders: { hour: 25 } } } as Record<string, unknown>;
    delete doc.interactions;
    expect(errorsOf(doc)).toEqual(['createdAt: not an ISO 8601 date-time', 'settings.reminders.hour: too big: expected number to be <=23', 'interactions: missing (expected a list, possibly empty)']);
  });

  it('accepts a byte-order mark and warns about members it does not know, ignoring them', () => {
    const v = validateBackup(`\ufeff${JSON.stringify({ ...backupDoc({ clients: [client('a')] }), templates: [] })}`);
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([{ path: 'templates', message: 'not part of backup version 2; ignored' }]);
  });
});
