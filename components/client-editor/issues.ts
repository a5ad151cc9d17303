// Where a validation issue from the background belongs in the form.
// The router reports zod paths joined with dots, relative to the request
// payload: "client.emails.1", "client.cadence.maxDays",
// "client.matters.0.caseNumber". Array indexes refer to the ClientInput that
// was sent, so they are resolved against that input, not the current draft
// (blank lines and blank groups are dropped on the way out).
import type { MatterPersonInput } from '../../lib/model/matter-people';
import { personIssueKey } from '../people/person-draft';
import type { ClientInput } from '../../lib/model/client';
import type { Issue } from './draft';

/**
 * Field keys: the top-level draft keys ("name", "emails", "idealDays",
 * "family" …), "matters" / "goals" for the sections, and
 * "matters.<id>" / "matters.<id>.<field>", "goals.<id>" / "goals.<id>.<field>"
 * for the repeatable groups (keyed by id so they survive reordering).
 */
export type FieldKey = string;

export interface FieldError {
  message: string;
  /** The offending list item, e.g. the address on line 2. */
  item?: string;
}

export interface MappedIssues {
  byField: Map<FieldKey, FieldError[]>;
  unmapped: Issue[];
}

const SIMPLE = new Set(['name', 'preferredName', 'organisation']);
const LISTS = new Set(['emails', 'phones', 'domains', 'tags']);
const NOTES = new Set(['family', 'interests', 'background', 'howWeMet', 'notes']);
const MATTER_FIELDS = new Set(['caseNumber', 'caseName', 'court', 'matterCode']);
const GOAL_FIELDS = new Set(['text', 'acceptableOutcome', 'status']);

function segments(path: string): string[] {
  const parts = path.split(/[./[\]]+/).filter(Boolean);
  // Tolerate paths relative to the payload, to the client, or to the envelope.
  while (parts[0] === 'payload' || parts[0] === 'client') parts.shift();
  return parts;
}

function locate(path: string, sent: ClientInput | undefined): { key: FieldKey; item?: string } | undefined {
  const [head, second, third, ...rest] = segments(path);
  if (head === undefined) return undefined;
  if (SIMPLE.has(head)) return { key: head };
  if (LISTS.has(head)) {
    const list = sent?.[head as 'emails' | 'phones' | 'domains' | 'tags'];
    const item = second !== undefined && list ? list[Number(second)] : undefined;
    return { key: head, item };
  }
  if (head === 'cadence') return { key: second === 'maxDays' ? 'maxDays' : 'idealDays' };
  if (head === 'notes') return { key: second && NOTES.has(second) ? second : 'notes' };
  if (head === 'matters' || head === 'goals') {
    const group = second === undefined ? undefined : sent?.[head]?.[Number(second)];
    if (!group) return { key: head };
    if (head === 'matters' && third === 'people') return personIssueKey(group.id, rest, (group as { people?: MatterPersonInput[] }).people ?? []);
    const fields = head === 'matters' ? MATTER_FIELDS : GOAL_FIELDS;
    return { key: third && fields.has(third) ? `${head}.${group.id}.${third}` : `${head}.${group.id}` };
  }
  return undefined;
}

export function mapIssues(issues: readonly Issue[], sent: ClientInput | undefined): MappedIssues {
  const byField = new Map<FieldKey, FieldError[]>();
  const unmapped: Issue[] = [];
  for (const issue of issues) {
    const at = locate(issue.path, sent);
    if (!at) {
      unmapped.push(issue);
      continue;
    }
    const list = byField.get(at.key) ?? [];
    list.push(at.item === undefined ? { message: issue.message } : { message: issue.message, item: at.item });
    byField.set(at.key, list);
  }
  return { byField, unmapped };
}
