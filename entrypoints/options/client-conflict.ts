// The options editor's view of an edit conflict: which draft fields both this
// page and someone else changed, how each reads, and what "keep both" means
// for it. The merge itself is the shared three-way merge.
import type { ConflictRow } from '../../components/conflict/ConflictPanel';
import { bothLists, bothTexts, type Choice } from '../../components/conflict/three-way';
import type { ClientDraft, GoalDraft, MatterDraft } from '../../components/client-editor/draft';
import { CLIENT_FIELDS, CLIENT_LABELS } from '../../components/client-editor/fields';

export type DraftKey = keyof ClientDraft;
export const DRAFT_KEYS = Object.keys(CLIENT_LABELS) as DraftKey[];

const matterLine = (m: MatterDraft) =>
  [m.caseNumber, m.caseName, m.court, m.matterCode, ...m.people.map((p) => p.name || p.organisation)].filter((x) => x.trim()).join(' · ');
const goalLine = (g: GoalDraft) => `${g.text}${g.acceptableOutcome ? ` — ${g.acceptableOutcome}` : ''} (${g.status})`;

function asText(key: DraftKey, d: ClientDraft): string {
  if (key === 'matters') return d.matters.map(matterLine).join('\n');
  if (key === 'goals') return d.goals.map(goalLine).join('\n');
  return d[key];
}

const unique = (parts: string[]) => [...new Set(parts.map((p) => p.trim()).filter(Boolean))];

/** Both sides kept, where that means something: lists joined, notes one after the other. */
function both(key: DraftKey, mine: ClientDraft, theirs: ClientDraft): Partial<ClientDraft> {
  switch (key) {
    case 'matters':
      return { matters: bothLists(mine.matters, theirs.matters) };
    case 'goals':
      return { goals: bothLists(mine.goals, theirs.goals) };
    case 'emails':
    case 'phones':
    case 'domains':
      return { [key]: unique([...mine[key].split('\n'), ...theirs[key].split('\n')]).join('\n') };
    case 'tags':
      return { tags: unique([...mine.tags.split(','), ...theirs.tags.split(',')]).join(', ') };
    default:
      return { [key]: bothTexts(mine[key], theirs[key]) };
  }
}

/** Free text and lists can hold both; a name, a number cannot. */
const mergeable = (key: DraftKey) =>
  key === 'matters' || key === 'goals' || key === 'tags' || CLIENT_FIELDS.some((f) => f.key === key && f.control === 'lines');

export function conflictRows(fields: readonly DraftKey[], mine: ClientDraft, theirs: ClientDraft): ConflictRow[] {
  return fields.map((k) => ({ key: k, label: CLIENT_LABELS[k], theirs: asText(k, theirs), mine: asText(k, mine), canMerge: mergeable(k) }));
}

/** The draft after the user's choice for one field. */
export function resolve(key: DraftKey, choice: Choice, mine: ClientDraft, theirs: ClientDraft): ClientDraft {
  if (choice === 'mine') return mine;
  if (choice === 'theirs') return { ...mine, [key]: theirs[key] };
  return { ...mine, ...both(key, mine, theirs) };
}
