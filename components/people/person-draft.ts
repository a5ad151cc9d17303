// What the client form holds for a matter's people while the user types, and
// the conversion to the MatterPersonInput[] the background validates. All
// strings, like the rest of the form's draft (components/client-editor/draft.ts),
// so nothing typed is reformatted under the user's fingers.
//
// Type-only imports from lib/model: no zod in this module.
import type { MatterPerson, MatterPersonInput } from '../../lib/model/matter-people';
import type { MatterRole } from '../../lib/model/matter-roles';

export interface PersonDraft {
  id: string;
  role: MatterRole;
  name: string;
  organisation: string;
  /** One per line. */
  emails: string;
  notes: string;
  /** Kept from a docket import; not edited in the form. */
  docketLabel?: string;
}

export function newPerson(role: MatterRole = 'opposing-counsel', id: string = crypto.randomUUID()): PersonDraft {
  return { id, role, name: '', organisation: '', emails: '', notes: '' };
}

export function personDraftsFrom(people: readonly MatterPerson[] | undefined): PersonDraft[] {
  return (people ?? []).map((p) => {
    const d: PersonDraft = { id: p.id, role: p.role, name: p.name, organisation: p.organisation ?? '', emails: p.emails.join('\n'), notes: p.notes };
    if (p.docketLabel) d.docketLabel = p.docketLabel;
    return d;
  });
}

/** Addresses one per line; commas and semicolons also separate (pasted lists). Duplicates dropped, case-insensitively. */
export function splitAddresses(raw: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const piece of raw.split(/[\n,;]+/)) {
    const v = piece.trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

/**
 * Drafts → what is sent. A person left completely blank (an "Add person"
 * clicked by mistake) is dropped rather than blocking the save; anything else
 * goes to the background as typed, which answers with issues at paths
 * `…people.<index>.<field>` into the returned array.
 */
export function peopleFromDrafts(drafts: readonly PersonDraft[]): MatterPersonInput[] {
  return drafts
    .filter((d) => [d.name, d.organisation, d.emails, d.notes].some((v) => v.trim()))
    .map((d) => {
      const p: MatterPersonInput = { id: d.id, role: d.role, name: d.name.trim(), emails: splitAddresses(d.emails), notes: d.notes.trim() };
      if (d.organisation.trim()) p.organisation = d.organisation.trim();
      if (d.docketLabel) p.docketLabel = d.docketLabel;
      return p;
    });
}

/**
 * Field keys for a person, in the client form's scheme ("matters.<id>.<field>"):
 * "matters.<matterId>.people.<personId>" and "….<field>".
 */
export const personKey = (matterId: string, personId: string, field?: keyof PersonDraft) =>
  `matters.${matterId}.people.${personId}${field ? `.${field}` : ''}`;

const FIELDS = new Set(['role', 'name', 'organisation', 'emails', 'notes']);

/**
 * Where a background issue about a matter's people belongs. `rest` is the path
 * after "…matters.<n>.people" ("2.emails.0" → the third person's addresses),
 * `sent` the people array that was sent for that matter.
 */
export function personIssueKey(matterId: string, rest: readonly string[], sent: readonly MatterPersonInput[]): { key: string; item?: string } {
  const [index, field, sub] = rest;
  const person = index === undefined ? undefined : sent[Number(index)];
  if (!person) return { key: `matters.${matterId}.people` };
  if (!field || !FIELDS.has(field)) return { key: personKey(matterId, person.id) };
  const item = field === 'emails' && sub !== undefined ? person.emails?.[Number(sub)] : undefined;
  return item === undefined ? { key: personKey(matterId, person.id, field as keyof PersonDraft) } : { key: personKey(matterId, person.id, 'emails'), item };
}
