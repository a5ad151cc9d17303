import { z } from 'zod';
import { checkFirmDomain } from '../identity/colleagues';
import { cadenceSchema, domainSchema, emailSchema, type Cadence } from './client';
import { t } from '../i18n/t';
import './zod-messages';

// The user's settings: one record in the `meta` store under SETTINGS_KEY,
// validated on the way in (updateSettings) and on the way out (a record from
// an older or newer version falls back to defaults section by section).

export const SETTINGS_KEY = 'settings';

/** "ana@acme.com" or "acme.com" (a leading "@" or "mailto:" is dropped). */
const ADDRESS_OR_DOMAIN = /^(?:[^\s@<>()]+@)?(?=.{3,253}$)(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/;

export const neverLogEntrySchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^mailto:/, '').replace(/^@/, ''))
  .pipe(
    z
      .string()
      .max(320)
      .regex(ADDRESS_OR_DOMAIN, { error: () => t('errors_address_or_domain') }),
  );

const tagName = z.string().trim().min(1, { error: () => t('errors_tag_cadence_tag') }).max(50);

export const settingsSchema = z.object({
  cadence: z
    .object({
      default: cadenceSchema.prefault({ idealDays: 30, maxDays: 60 }),
      /** Tag (as typed; matched case-insensitively) → cadence. A client's own cadence wins over these. */
      byTag: z
        .record(tagName, cadenceSchema)
        .refine((r) => Object.keys(r).length <= 200, { error: () => t('errors_tag_cadences_max', { max: 200 }) })
        .default({}),
    })
    .prefault({}),
  reminders: z
    .object({
      enabled: z.boolean().default(true),
      /** Local hour of the daily reminder, 0–23. */
      hour: z.number().int().min(0).max(23).default(9),
    })
    .prefault({}),
  mail: z
    .object({
      /** Log an e-mail-out interaction when the user sends mail to a client. */
      logSent: z.boolean().default(true),
      /** Log an e-mail-in interaction when the user reads a client's message. */
      logRead: z.boolean().default(true),
      /** Lower-cased addresses or domains that are never logged (a domain covers its subdomains). */
      neverLog: z
        .array(neverLogEntrySchema)
        .max(1000)
        .transform((list) => [...new Set(list)])
        .default([]),
    })
    .prefault({}),
  awaitingReply: z
    .object({
      warnAfterHours: z.number().int().min(1).max(8760).default(24),
      urgentAfterHours: z.number().int().min(1).max(8760).default(72),
    })
    .refine((a) => a.urgentAfterHours >= a.warnAfterHours, {
      error: () => t('errors_urgent_warning'),
      path: ['urgentAfterHours'],
    })
    .prefault({}),
  /**
   * Bumped by the background on every save. An editor sends back the version it
   * started from; a save based on an older one is refused as a conflict, so two
   * open Settings pages never silently overwrite each other.
   */
  version: z.number().int().nonnegative().default(0),
  /**
   * Deleted clients stay in the trash this many days, then an alarm deletes
   * them for good. Optional (read through trashKeepDays) so an editor that
   * rebuilds the record without this section still validates.
   */
  trash: z
    .object({
      keepDays: z.number().int().min(1).max(3650),
    })
    .optional(),
  /**
   * The user's own firm: its domains (guessed from the signed-in address,
   * confirmed by the user) and colleagues' own addresses on other domains.
   * Colleagues are never offered as new clients; public mail domains are
   * refused (identity/colleagues.ts checkFirmDomain). Optional, as trash is.
   */
  firm: z
    .object({
      domains: z
        .array(
          domainSchema.check((ctx) => {
            const checked = checkFirmDomain(ctx.value);
            if (!checked.ok) ctx.issues.push({ code: 'custom', message: checked.message, input: ctx.value });
          }),
        )
        .max(20)
        .default([]),
      addresses: z.array(emailSchema).max(200).default([]),
    })
    .optional(),
  /** Options and the popup remind the user to back up once the last backup is this many days old (optional, as trash is). */
  backup: z
    .object({
      remindAfterDays: z.number().int().min(1).max(3650).optional(),
      /** Automatic backups into the downloads' "Rapport backups" folder (lib/background/auto-backup.ts). Absent = off. */
      auto: z.enum(['off', 'daily', 'weekly']).optional(),
      /** Automatic backup files kept; older ones Rapport saved are deleted. Absent = DEFAULT_BACKUP_KEEP. */
      keep: z.number().int().min(1).max(100).optional(),
    })
    .optional(),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_TRASH_DAYS = 30;
export const trashKeepDays = (s: Pick<Settings, 'trash'>): number => s.trash?.keepDays ?? DEFAULT_TRASH_DAYS;
export const DEFAULT_BACKUP_REMIND_DAYS = 30;
export const backupRemindDays = (s: Pick<Settings, 'backup'>): number => s.backup?.remindAfterDays ?? DEFAULT_BACKUP_REMIND_DAYS;
/** The firm as the identity code wants it. */
export const firmOf = (s: Pick<Settings, 'firm'>): { domains: string[]; addresses: string[] } => ({ domains: s.firm?.domains ?? [], addresses: s.firm?.addresses ?? [] });
export type AutoBackup = 'off' | 'daily' | 'weekly';
export const DEFAULT_BACKUP_KEEP = 5;
export const autoBackupEvery = (s: Pick<Settings, 'backup'>): AutoBackup => s.backup?.auto ?? 'off';
export const autoBackupKeep = (s: Pick<Settings, 'backup'>): number => s.backup?.keep ?? DEFAULT_BACKUP_KEEP;
export type SettingsInput = z.input<typeof settingsSchema>;
export type CadenceSettings = Settings['cadence'];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Reads a stored record leniently: each section that fails validation (a
 * record written by another version) falls back to its defaults on its own,
 * so one bad field does not reset everything else.
 */
export function settingsFromStored(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const part = settingsSchema.shape[key].safeParse(obj[key]);
    if (part.success) out[key] = part.data;
  }
  return out as Settings;
}

/** True when `email` (already lower-cased) is on the never-log list, by full address or by (parent) domain. */
export function isNeverLogged(email: string, neverLog: readonly string[]): boolean {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  const domain = at > 0 ? e.slice(at + 1) : '';
  return neverLog.some((entry) =>
    entry.includes('@') ? entry === e : domain !== '' && (domain === entry || domain.endsWith(`.${entry}`)),
  );
}

export type { Cadence };
