import type { ClientFields, Goal, Matter } from '../model/client';
import { caseCandidates, matterCaseKeys } from '../identity/case-number';
import { normaliseMatterCode } from '../identity/normalise';

// Merging two versions of one client — a backup's and the database's on
// restore, an imported row and an existing client on import. The rule is the
// same everywhere so the previews can explain it in one sentence: nothing you
// have is removed; lists are combined; where both sides hold a different value
// for a single field, the preferred side wins and the difference is reported.

export interface ClientMerge {
  merged: ClientFields;
  /** Fields where both sides had a different non-empty value: `notes.family`, `organisation`. */
  differences: string[];
  /** True when the merged record differs from `preferred` (i.e. `other` added something). */
  addedFromOther: boolean;
}

const filled = (s: string | undefined) => s !== undefined && s.trim() !== '';

function pickText(field: string, a: string | undefined, b: string | undefined, diffs: string[], same: (x: string, y: string) => boolean = (x, y) => x === y): string | undefined {
  if (filled(a) && filled(b) && !same(a!, b!)) diffs.push(field);
  return filled(a) ? a : filled(b) ? b : a;
}

/** Keeps `a`'s order and spelling; adds `b`'s items whose fold is new. */
function union(a: readonly string[], b: readonly string[], fold: (s: string) => string = (s) => s): string[] {
  const seen = new Set(a.map(fold));
  const out = [...a];
  for (const x of b) {
    const f = fold(x);
    if (!seen.has(f)) {
      seen.add(f);
      out.push(x);
    }
  }
  return out;
}

/** "+1 (555) 010-0100" and "15550100100" are one phone; a number without digits compares as typed. */
export const phoneFold = (p: string) => p.replace(/\D/g, '') || p.trim().toLowerCase();
const tagFold = (t: string) => t.trim().toLowerCase();

/** One spelling of a case number's identity: every key it could be held under. */
const caseFold = (raw: string): string | null => caseCandidates(raw).map((c) => c.key).sort().join(' ') || null;

function matterKey(m: Matter): string[] {
  const keys: string[] = [...matterCaseKeys(m)];
  const mc = m.matterCode ? normaliseMatterCode(m.matterCode) : null;
  if (mc) keys.push(`matter:${mc}`);
  return keys;
}

function mergeMatters(a: readonly Matter[], b: readonly Matter[], diffs: string[]): Matter[] {
  const out = a.map((m) => ({ ...m }));
  const byId = new Map(out.map((m, i) => [m.id, i]));
  const byKey = new Map<string, number>();
  out.forEach((m, i) => matterKey(m).forEach((k) => byKey.set(k, i)));
  for (const m of b) {
    const at = byId.get(m.id) ?? matterKey(m).map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (at === undefined) {
      out.push({ ...m });
      byId.set(m.id, out.length - 1);
      matterKey(m).forEach((k) => byKey.set(k, out.length - 1));
      continue;
    }
    const t = out[at]!;
    for (const f of ['caseNumber', 'caseName', 'court', 'matterCode'] as const) {
      // "CGC-10-501886" and "CGC10501886" are one case number written two ways.
      const fold = f === 'caseNumber' ? caseFold : f === 'matterCode' ? normaliseMatterCode : null;
      const same = (x: string, y: string) => x === y || (fold !== null && fold(x) !== null && fold(x) === fold(y));
      const v = pickText(`matters[${at}].${f}`, t[f], m[f], diffs, same);
      if (v !== undefined) t[f] = v;
    }
  }
  return out;
}

function mergeGoals(a: readonly Goal[], b: readonly Goal[]): Goal[] {
  const out = [...a];
  const at = new Map(out.map((g, i) => [g.id, i]));
  for (const g of b) {
    const i = at.get(g.id);
    if (i === undefined) {
      at.set(g.id, out.length);
      out.push(g);
    } else if (g.updatedAt > out[i]!.updatedAt) out[i] = g; // the goal edited last is the goal
  }
  return out;
}

/** Merges `other` into `preferred`. Both are validated client fields; the result must be validated again (lists may now be too long). */
export function mergeClientFields(preferred: ClientFields, other: ClientFields): ClientMerge {
  const differences: string[] = [];
  const notes = { ...preferred.notes };
  for (const k of Object.keys(notes) as (keyof typeof notes)[]) notes[k] = pickText(`notes.${k}`, preferred.notes[k], other.notes[k], differences) ?? '';
  const cadence = preferred.cadence ?? other.cadence;
  if (preferred.cadence && other.cadence && JSON.stringify(preferred.cadence) !== JSON.stringify(other.cadence)) differences.push('cadence');
  const merged: ClientFields = {
    name: pickText('name', preferred.name, other.name, differences) ?? preferred.name,
    emails: union(preferred.emails, other.emails, (e) => e.toLowerCase()),
    phones: union(preferred.phones, other.phones, phoneFold),
    domains: union(preferred.domains, other.domains),
    matters: mergeMatters(preferred.matters, other.matters, differences),
    notes,
    goals: mergeGoals(preferred.goals, other.goals),
    tags: union(preferred.tags, other.tags, tagFold),
  };
  const preferredName = pickText('preferredName', preferred.preferredName, other.preferredName, differences);
  if (preferredName !== undefined) merged.preferredName = preferredName;
  const organisation = pickText('organisation', preferred.organisation, other.organisation, differences);
  if (organisation !== undefined) merged.organisation = organisation;
  if (cadence) merged.cadence = cadence;
  return { merged, differences, addedFromOther: !sameRecord(merged, preferred) };
}

/** JSON with object keys sorted, so two equal records compare equal whatever order their keys were set in. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** Fields the database derives and stores beside a record; never part of what a record says. */
const DERIVED = new Set(['keys', 'openFlag']);

/**
 * Deep equality of two records as data: key order, keys set to undefined and
 * derived fields (`keys`, `openFlag`) do not count. Much cheaper than
 * comparing canonical JSON, which matters at 200,000 interactions.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRecord(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!DERIVED.has(k) && x[k] !== undefined && !sameRecord(x[k], y[k])) return false;
  for (const k in y) if (!DERIVED.has(k) && y[k] !== undefined && x[k] === undefined) return false;
  return true;
}
