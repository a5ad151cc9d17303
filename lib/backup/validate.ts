import type { z } from 'zod';
import { settingsSchema } from '../model/settings';
import { clientSchema } from '../model/client';
import { interactionSchema } from '../model/interaction';
import {
  BACKUP_FORMAT,
  BACKUP_MEMBERS,
  BACKUP_VERSION,
  backupHeaderSchema,
  backupPortalSchema,
  backupQuestionSchema,
  trashEntrySchema,
  type Backup,
} from './schema';
import { zodIssues, type PathIssue } from './issues';
import { deadlineSchema } from '../model/deadline';
import { deadlineSettingsSchema } from '../model/deadline-settings';
import { t } from '../i18n/t';

export type BackupValidation =
  | { ok: true; backup: Backup; warnings: PathIssue[] }
  | { ok: false; errors: PathIssue[]; warnings: PathIssue[] };

/**
 * Checks a backup file (its text, or an already-parsed value) and reports
 * every error with its path, record by record, then across records: duplicate
 * ids, interactions whose client is not in the file, a mail message logged
 * twice for one client (the database keeps that pair unique). A backup is
 * returned only when there is no error at all, so nothing downstream ever
 * sees half a file.
 *
 * Records are checked one by one rather than with one schema over the whole
 * document: the paths come out the same, and a 210,000-record file costs one
 * small parse per record instead of one huge issue list per section.
 */
export function validateBackup(input: unknown): BackupValidation {
  const errors: PathIssue[] = [];
  const warnings: PathIssue[] = [];
  const fail = () => ({ ok: false as const, errors, warnings });

  let doc: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) {
      errors.push({ path: '', message: parsed.message });
      return fail();
    }
    doc = parsed.value;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    errors.push({ path: '', message: t('errors_backup_not_object', { format: BACKUP_FORMAT }) });
    return fail();
  }
  const obj = doc as Record<string, unknown>;

  // A file that is not a backup, or is from a newer Rapport, would produce
  // thousands of meaningless record errors: say the one thing that matters.
  if (obj.format !== BACKUP_FORMAT) {
    errors.push({ path: 'format', message: t('errors_backup_wrong_format', { format: BACKUP_FORMAT }) });
    return fail();
  }
  if (typeof obj.version === 'number' && obj.version > BACKUP_VERSION) {
    errors.push({ path: 'version', message: t('errors_backup_newer', { version: obj.version, reads: BACKUP_VERSION }) });
    return fail();
  }
  const header = backupHeaderSchema.safeParse({ format: obj.format, version: obj.version, createdAt: obj.createdAt, app: obj.app });
  if (!header.success) errors.push(...zodIssues('', header.error));

  for (const key of Object.keys(obj)) {
    if (!(BACKUP_MEMBERS as readonly string[]).includes(key))
      warnings.push({ path: key, message: t('errors_backup_extra_member', { version: BACKUP_VERSION }) });
  }

  const settings = settingsSchema.safeParse(obj.settings);
  if (!settings.success) errors.push(...zodIssues('settings', settings.error));

  const portals = section(obj, 'portals', backupPortalSchema, errors, false);
  const clients = section(obj, 'clients', clientSchema, errors, true);
  const interactions = section(obj, 'interactions', interactionSchema, errors, true);
  const trash = section(obj, 'trash', trashEntrySchema, errors, false);
  const deadlines = section(obj, 'deadlines', deadlineSchema, errors, false);
  const questions = section(obj, 'questions', backupQuestionSchema, errors, false);
  const deadlineSettings = obj.deadlineSettings === undefined ? undefined : deadlineSettingsSchema.safeParse(obj.deadlineSettings);
  if (deadlineSettings && !deadlineSettings.success) errors.push(...zodIssues('deadlineSettings', deadlineSettings.error));

  crossCheck(clients, interactions, trash, portals, errors);
  checkClientRecords(clients, trash, deadlines, 'errors_backup_duplicate_deadline', errors);
  checkClientRecords(clients, trash, questions, 'errors_backup_duplicate_question', errors);

  if (errors.length || !header.success || !settings.success || (deadlineSettings && !deadlineSettings.success)) return fail();
  return {
    ok: true,
    warnings,
    backup: {
      ...header.data,
      settings: settings.data,
      portals: portals.map((p) => p.value),
      clients: clients.map((c) => c.value),
      interactions: interactions.map((i) => i.value),
      trash: trash.map((t) => t.value),
      ...(deadlineSettings?.success ? { deadlineSettings: deadlineSettings.data } : {}),
      deadlines: deadlines.map((d) => d.value),
      questions: questions.map((q) => q.value),
    },
  };
}

/** Deadlines and questions: ids unique, each kept on a client of this file (live or in the trash). */
function checkClientRecords(
  clients: Located<Client>[],
  trash: Located<Trash>[],
  records: Located<{ id: string; clientId: string }>[],
  duplicate: 'errors_backup_duplicate_deadline' | 'errors_backup_duplicate_question',
  errors: PathIssue[],
) {
  const owners = new Set([...clients.map((c) => c.value.id), ...trash.map((t) => t.value.client.id)]);
  const at = new Map<string, string>();
  for (const r of records) {
    const first = at.get(r.value.id);
    if (first !== undefined) errors.push({ path: `${r.path}.id`, message: t(duplicate, { id: r.value.id, at: first }) });
    else at.set(r.value.id, r.path);
    if (!owners.has(r.value.clientId)) errors.push({ path: `${r.path}.clientId`, message: t('errors_backup_no_client', { id: r.value.clientId }) });
  }
}

type Located<T> = { path: string; value: T };

function section<S extends z.ZodType>(
  obj: Record<string, unknown>,
  key: string,
  schema: S,
  errors: PathIssue[],
  required: boolean,
): Located<z.output<S>>[] {
  const raw = obj[key];
  if (raw === undefined && !required) return [];
  if (!Array.isArray(raw)) {
    errors.push({ path: key, message: raw === undefined ? t('errors_backup_missing_list') : t('errors_backup_not_list') });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  for (let i = 0; i < raw.length; i++) {
    const path = `${key}[${i}]`;
    const r = schema.safeParse(raw[i]);
    if (r.success) out.push({ path, value: r.data });
    else errors.push(...zodIssues(path, r.error));
  }
  return out;
}

type Client = z.output<typeof clientSchema>;
type Interaction = z.output<typeof interactionSchema>;
type Trash = z.output<typeof trashEntrySchema>;

function crossCheck(
  clients: Located<Client>[],
  interactions: Located<Interaction>[],
  trash: Located<Trash>[],
  portals: Located<{ origin: string }>[],
  errors: PathIssue[],
) {
  const clientAt = new Map<string, string>();
  const seeClient = (c: Client, path: string) => {
    const first = clientAt.get(c.id);
    if (first !== undefined) errors.push({ path: `${path}.id`, message: t('errors_backup_duplicate_client', { id: c.id, at: first }) });
    else clientAt.set(c.id, path);
    const matterAt = new Map<string, number>();
    c.matters.forEach((m, j) => {
      const k = matterAt.get(m.id);
      if (k !== undefined) errors.push({ path: `${path}.matters[${j}].id`, message: t('errors_backup_duplicate_matter', { id: m.id, at: `matters[${k}]` }) });
      else matterAt.set(m.id, j);
    });
    const goalAt = new Map<string, number>();
    c.goals.forEach((g, j) => {
      const k = goalAt.get(g.id);
      if (k !== undefined) errors.push({ path: `${path}.goals[${j}].id`, message: t('errors_backup_duplicate_goal', { id: g.id, at: `goals[${k}]` }) });
      else goalAt.set(g.id, j);
    });
  };
  for (const c of clients) seeClient(c.value, c.path);
  for (const t of trash) seeClient(t.value.client, `${t.path}.client`);

  const live = new Set(clients.map((c) => c.value.id));
  const interactionAt = new Map<string, string>();
  const messageAt = new Map<string, string>();
  const seeInteraction = (it: Interaction, path: string, owner: string | null) => {
    const first = interactionAt.get(it.id);
    if (first !== undefined) errors.push({ path: `${path}.id`, message: t('errors_backup_duplicate_interaction', { id: it.id, at: first }) });
    else interactionAt.set(it.id, path);
    if (owner === null) {
      if (!live.has(it.clientId))
        errors.push({
          path: `${path}.clientId`,
          message: clientAt.has(it.clientId)
            ? t('errors_backup_client_trashed', { id: it.clientId })
            : t('errors_backup_no_client', { id: it.clientId }),
        });
    } else if (it.clientId !== owner) {
      errors.push({ path: `${path}.clientId`, message: t('errors_backup_wrong_owner', { id: it.clientId, owner }) });
    }
    if (it.messageId !== undefined) {
      // JSON of the pair: ids and message ids are free text, no separator is safe.
      const key = JSON.stringify([it.clientId, it.messageId]);
      const firstMsg = messageAt.get(key);
      if (firstMsg !== undefined)
        errors.push({ path: `${path}.messageId`, message: t('errors_backup_message_twice', { message: it.messageId, id: it.clientId, at: firstMsg }) });
      else messageAt.set(key, path);
    }
  };
  for (const it of interactions) seeInteraction(it.value, it.path, null);
  for (const t of trash) t.value.interactions.forEach((it, j) => seeInteraction(it, `${t.path}.interactions[${j}]`, t.value.client.id));

  const originAt = new Map<string, string>();
  for (const p of portals) {
    const first = originAt.get(p.value.origin);
    if (first !== undefined) errors.push({ path: `${p.path}.origin`, message: t('errors_backup_duplicate_portal', { origin: p.value.origin, at: first }) });
    else originAt.set(p.value.origin, p.path);
  }
}

/** JSON.parse with the failure turned into "line 3, column 14: …" (a byte-order mark is allowed). */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, message: t('errors_backup_file_empty') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 says "… at position 123" (and newer V8 adds "(line 3 column 14)").
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const at = Number(pos[1]);
      const before = body.slice(0, at);
      const line = before.split(/\r\n|\r|\n/).length;
      const column = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
      return { ok: false, message: t('errors_backup_json_at', { line, column }) };
    }
    if (/end of JSON|Unterminated/i.test(msg)) {
      const lines = body.split(/\r\n|\r|\n/);
      return { ok: false, message: t('errors_backup_json_early_end', { line: lines.length }) };
    }
    return { ok: false, message: t('errors_backup_json_other', { why: msg }) };
  }
}
