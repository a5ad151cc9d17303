import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupJsonSchemaText } from '../../../lib/backup/json-schema';

describe('docs/backup-format.schema.json', () => {
  it('is exactly what zod generates from the backup schema (run `npm run docs:schema` after a model change)', () => {
    const committed = readFileSync('docs/backup-format.schema.json', 'utf8');
    expect(committed).toBe(backupJsonSchemaText());
  });

  it('names the model records and requires the header', () => {
    const s = JSON.parse(backupJsonSchemaText());
    expect(Object.keys(s.$defs)).toEqual(expect.arrayContaining(['RapportBackup', 'Client', 'Interaction', 'Settings', 'Portal', 'TrashEntry']));
    expect(s.$defs.RapportBackup.required).toEqual(expect.arrayContaining(['format', 'version', 'createdAt', 'app', 'settings', 'clients', 'interactions']));
    expect(s.$defs.Client.properties.emails).toMatchObject({ type: 'array', maxItems: 50 });
  });
});
