// People around a matter (opposing counsel, adverse parties, co-counsel …) and
// the record a lawyer leaves when saving despite a conflict warning.
//
// How this attaches to lib/model/client.ts (next round, by the lead):
//
//   export const matterSchema = z.object({
//     …existing fields…,
//     people: z.array(matterPersonSchema).max(MAX_PEOPLE_PER_MATTER).default([]),
//   });
//
// Records stored before that change have no `people`; the default fills it on
// parse, so no data migration is needed unless the database reads records
// without parsing them (then one step adds `people: []` to every matter).
//
// A matter person's addresses and domains are keys of the matter, never of the
// client: lib/identity/matter-people-keys.ts produces them under their own
// prefixes (`person:`, `pdomain:`, `pname:`), which the client resolver never
// looks up.
import { z } from 'zod';
import { emailSchema } from './email';
import { MATTER_ROLES } from './matter-roles';
import { t } from '../i18n/t';
import './zod-messages';


const text = (max: number) => z.string().trim().max(max);

export const MAX_PEOPLE_PER_MATTER = 100;

export const matterRoleSchema = z.enum(MATTER_ROLES);

export const matterPersonSchema = z
  .object({
    /** Stable across edits and imports: conflict overrides and interactions point at it. */
    id: z.string().min(1),
    role: matterRoleSchema,
    /** A person's name, or a party's name when the party is a company ("Harbor Properties LLC"). */
    name: text(200).default(''),
    emails: z.array(emailSchema).max(20).default([]),
    organisation: text(200).optional(),
    notes: text(5000).default(''),
    /** The docket's own words when imported, e.g. "Counsel for Defendant Harbor Properties LLC". */
    docketLabel: text(300).optional(),
  })
  .refine((p) => p.name !== '' || !!p.organisation, {
    error: () => t('errors_person_name'),
    path: ['name'],
  });
export type MatterPerson = z.output<typeof matterPersonSchema>;
export type MatterPersonInput = z.input<typeof matterPersonSchema>;

export const conflictStrengthSchema = z.enum(['exact', 'likely', 'possible']);

/** One hit as the lawyer saw it when confirming, copied (not referenced) so the record stays true if the data changes. */
export const conflictHitRecordSchema = z.object({
  strength: conflictStrengthSchema,
  clientId: z.string().min(1),
  clientName: text(200),
  matter: z.object({ id: z.string().min(1), label: text(300), caseNumber: text(80).optional() }).optional(),
  /** `client`: the client record itself; `party`: named in a matter's case name. */
  role: z.union([matterRoleSchema, z.enum(['client', 'party'])]),
  person: z.object({ id: z.string().min(1), name: text(200) }).optional(),
  reasons: z
    .array(
      z.object({
        code: text(40),
        strength: conflictStrengthSchema,
        field: z.enum(['email', 'domain', 'name', 'organisation']),
        candidate: text(300),
        record: text(300),
      }),
    )
    .min(1)
    .max(20),
});
export type ConflictHitRecord = z.output<typeof conflictHitRecordSchema>;

/**
 * "Save anyway": who confirmed, when, what they were saving and what the
 * warning showed them. Append-only; proposed home is its own object store
 * (`conflictOverrides`, keyed by id, indexed by `subject.clientId`) written in
 * the same transaction as the save it allowed, so the record outlives later
 * edits or deletion of the client.
 */
export const conflictOverrideSchema = z.object({
  id: z.string().min(1),
  subject: z.object({
    kind: z.enum(['client', 'matter-person']),
    /** The client saved, or the client whose matter gained the person. */
    clientId: z.string().min(1),
    matterId: z.string().min(1).optional(),
    personId: z.string().min(1).optional(),
    name: text(200),
    emails: z.array(emailSchema).max(50).default([]),
    organisation: text(200).optional(),
  }),
  confirmedBy: z.object({
    /** The user's own label for themselves ("Ana Lopez", "AL"). */
    label: text(200).min(1, { error: () => t('errors_who_confirms') }),
    email: emailSchema.optional(),
  }),
  confirmedAt: z.number().int().nonnegative(),
  note: text(2000).default(''),
  hits: z.array(conflictHitRecordSchema).min(1).max(100),
});
export type ConflictOverride = z.output<typeof conflictOverrideSchema>;
export type ConflictOverrideInput = z.input<typeof conflictOverrideSchema>;
