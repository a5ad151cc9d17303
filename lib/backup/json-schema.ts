import { z } from 'zod';
import { cadenceSchema, clientSchema, goalSchema, matterSchema } from '../model/client';
import { interactionSchema } from '../model/interaction';
import { settingsSchema } from '../model/settings';
import { backupPortalSchema, backupSchema, trashEntrySchema } from './schema';

/**
 * The JSON Schema of a backup file, produced by zod's own converter from the
 * schema the validator uses, never by hand. `io: 'input'` describes what a
 * file may contain (defaults may be left out); the output side cannot be
 * expressed because the model trims and lower-cases with transforms.
 * docs/backup-format.schema.json holds this text; a unit test keeps it current
 * (`npm run docs:schema` rewrites it).
 */
export function backupJsonSchemaText(): string {
  // A registry local to this call names the model's records in $defs without
  // tagging the model's schemas globally.
  const names = z.registry<{ id: string; title?: string; description?: string }>();
  names.add(clientSchema, { id: 'Client' });
  names.add(matterSchema, { id: 'Matter' });
  names.add(goalSchema, { id: 'Goal' });
  names.add(cadenceSchema, { id: 'Cadence' });
  names.add(interactionSchema, { id: 'Interaction' });
  names.add(settingsSchema, { id: 'Settings' });
  names.add(backupPortalSchema, { id: 'Portal' });
  names.add(trashEntrySchema, { id: 'TrashEntry' });
  names.add(backupSchema, {
    id: 'RapportBackup',
    title: 'Rapport backup', // i18n-ignore: the published JSON Schema's title, for developers
    description: 'Everything Rapport stores, as written by Options → Data → Back up now. See docs/backup-format.md.', // i18n-ignore: the published JSON Schema, for developers
  });
  const schema = z.toJSONSchema(backupSchema, { io: 'input', target: 'draft-2020-12', metadata: names });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
