import { z } from 'zod';
import { clientSchema } from '../model/client';
import { interactionSchema } from '../model/interaction';
import { settingsSchema } from '../model/settings';
import { deadlineSchema } from '../model/deadline';
import { deadlineSettingsSchema } from '../model/deadline-settings';
import { openQuestionSchema } from '../model/open-question';
import { t } from '../i18n/t';
import { formatList } from '../i18n/format';
import '../model/zod-messages';

// The backup file: one JSON document holding everything Rapport knows, built
// from the model's own schemas so a model change reaches the backup format
// (and docs/backup-format.schema.json, generated from this file) by itself.
//
// What is left out on purpose: anything derived — a client's identity `keys`,
// an interaction's `openFlag`, per-client stats, the last-contact cache. The
// database derives them again on restore, so a backup cannot disagree with
// itself.

export const BACKUP_FORMAT = 'rapport-backup';
/**
 * Bump when a member changes meaning or a required member is added. Readers
 * refuse a newer version (they cannot know what they would drop) and ignore
 * unknown top-level members, which is the room left for future records.
 */
export const BACKUP_VERSION = 2;
/** Versions this reader restores. Version 1 had no deadlines, questions or deadline settings: they read as none. */
export const READABLE_VERSIONS = [1, 2] as const;

/** A portal the user added (lib/portals/user-portals.ts). Permission and registration are the browser's state, not data: a restore adds the portal to the list and asks the browser for its origin again. */
export const backupPortalSchema = z.object({
  origin: z
    .string()
    .regex(/^https:\/\/(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
      error: () => t('errors_backup_portal_origin'),
    }),
  addedAt: z.number().int().nonnegative(),
  /** The user marked it as an e-filing portal (its rejected rows flag clients). Absent: not marked. Older readers ignore it. */
  efiling: z.literal(true).optional(),
});
export type BackupPortal = z.infer<typeof backupPortalSchema>;

/** A deleted client kept in the trash with its history, until `deletedAt` + the trash period. */
export const trashEntrySchema = z.object({
  deletedAt: z.number().int().nonnegative(),
  client: clientSchema,
  interactions: z.array(interactionSchema).default([]),
});
export type TrashEntry = z.output<typeof trashEntrySchema>;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: () => t('errors_backup_header_format', { format: BACKUP_FORMAT }) }),
  version: z.union(READABLE_VERSIONS.map((v) => z.literal(v)), { error: () => t('errors_backup_versions', { versions: formatList(READABLE_VERSIONS.map(String)) }) }),
  /** When the backup was made, ISO 8601 in UTC. Records themselves carry epoch milliseconds, as the model does. */
  createdAt: z.iso.datetime({ error: () => t('errors_backup_datetime') }),
  app: z.object({
    name: z.literal('Rapport'),
    /** The extension version that wrote the file (manifest version). */
    version: z.string().min(1).max(50),
  }),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** An open question with the client it is kept on (the database keeps it by client). */
export const backupQuestionSchema = openQuestionSchema.extend({ clientId: z.string().min(1) });
export type BackupQuestion = z.output<typeof backupQuestionSchema>;

export const backupSchema = backupHeaderSchema.extend({
  settings: settingsSchema,
  portals: z.array(backupPortalSchema).default([]),
  clients: z.array(clientSchema),
  /** Every interaction, filings included (their status, case number, ref and acknowledgement ride in `filing`). */
  interactions: z.array(interactionSchema),
  trash: z.array(trashEntrySchema).default([]),
  /** Version 2: the deadline settings (buffers per kind, the heads-up template). Absent: left as they are. */
  deadlineSettings: deadlineSettingsSchema.optional(),
  /** Version 2: every deadline and promise with its history, of live clients and of clients in the trash alike. */
  deadlines: z.array(deadlineSchema).default([]),
  /** Version 2: every open question (answered ones too), of live and trashed clients. */
  questions: z.array(backupQuestionSchema).default([]),
});
export type Backup = z.output<typeof backupSchema>;
export type BackupInput = z.input<typeof backupSchema>;

/** The members a file may hold, in the order the writer puts them. */
export const BACKUP_MEMBERS = ['format', 'version', 'createdAt', 'app', 'settings', 'deadlineSettings', 'portals', 'clients', 'interactions', 'trash', 'deadlines', 'questions'] as const;
