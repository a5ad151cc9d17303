// Deadlines and promises, open questions, the mood trend and the prep brief.
// Extension pages only (capabilities.ts: content scripts have a fixed list).
import * as deadlines from '../../db/repos/deadlines';
import { checkInList } from '../../db/repos/check-ins';
import { StoreError } from '../../db/errors';
import { findItem, newest, toInteraction } from '../../db/history';
import { fromStored, readTx } from '../../db/write';
import { deadlineStatus } from '../../deadlines/state';
import { MOOD_WINDOW } from '../../mood/trend';
import type { BriefFiling } from '../../brief/assemble';
import { BRIEF_INTERACTIONS } from '../../brief/assemble';
import type { DeadlineItem } from '../protocol';
import type { HandlersFor } from './types';
import { t } from '../../i18n/t';

export const deadlineHandlers: HandlersFor<
  | 'listDeadlines'
  | 'saveDeadline'
  | 'completeDeadline'
  | 'reopenDeadline'
  | 'deleteDeadline'
  | 'deadlineAlerts'
  | 'getDeadlineSettings'
  | 'updateDeadlineSettings'
  | 'listOpenQuestions'
  | 'saveOpenQuestion'
  | 'resolveOpenQuestion'
  | 'deleteOpenQuestion'
  | 'getMood'
  | 'checkIns'
  | 'getBrief'
> = {
  async listDeadlines({ clientId, states, kind }, env) {
    const { settings } = await deadlines.getDeadlineSettings(env.db);
    const buffers = settings.bufferDays;
    let items: DeadlineItem[];
    if (clientId) {
      const tx = readTx(env.db, ['deadlines', 'stats']);
      const [list, stats] = await Promise.all([deadlines.clientDeadlinesIn(tx, clientId), tx.objectStore('stats').get(clientId)]);
      const name = stats?.preferredName || stats?.name || '';
      items = list.map((deadline) => ({ deadline, clientName: name }));
    } else items = await deadlines.allDeadlines(env.db);
    const now = env.now();
    const wanted = states && new Set(states);
    items = items.filter((i) => (!kind || i.deadline.kind === kind) && (!wanted || wanted.has(deadlineStatus(i.deadline, now, buffers).state)));
    return { items, buffers };
  },

  async saveDeadline(req, env) {
    return deadlines.saveDeadline(env.db, req, env.now());
  },

  async completeDeadline({ id }, env) {
    return { deadline: await deadlines.setDone(env.db, id, true, env.now()) };
  },

  async reopenDeadline({ id, reason }, env) {
    return { deadline: await deadlines.setDone(env.db, id, false, env.now(), reason) };
  },

  async deleteDeadline({ id }, env) {
    await deadlines.deleteDeadline(env.db, id);
    return { deleted: true };
  },

  async deadlineAlerts(_req, env) {
    const [{ settings }, alerts] = await Promise.all([deadlines.getDeadlineSettings(env.db), deadlines.needingAttention(env.db, env.now())]);
    return { ...alerts, buffers: settings.bufferDays };
  },

  async getDeadlineSettings(_req, env) {
    return deadlines.getDeadlineSettings(env.db);
  },

  async updateDeadlineSettings({ settings, version }, env) {
    return deadlines.putDeadlineSettings(env.db, settings, version);
  },

  async listOpenQuestions({ clientId }, env) {
    return { questions: await deadlines.clientQuestions(env.db, clientId) };
  },

  async saveOpenQuestion(req, env) {
    return { question: await deadlines.saveQuestion(env.db, req, env.now()) };
  },

  async resolveOpenQuestion({ id, resolved }, env) {
    return { question: await deadlines.resolveQuestion(env.db, id, resolved, env.now()) };
  },

  async deleteOpenQuestion({ id }, env) {
    await deadlines.deleteQuestion(env.db, id);
    return { deleted: true };
  },

  async getMood({ clientId }, env) {
    const tx = readTx(env.db, ['stats', 'history']);
    const stats = await tx.objectStore('stats').get(clientId);
    if (!stats || stats.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
    // The stats keep the last ten (stats.ts); the history only for a record from before they did.
    const items = stats.moods ?? (await newest(tx.objectStore('history'), clientId, MOOD_WINDOW)).reverse();
    return { points: items.map((i) => (i.sentiment === undefined ? { at: i.at } : { at: i.at, sentiment: i.sentiment })) };
  },

  async checkIns({ limit }, env) {
    return checkInList(env.db, env.now(), limit);
  },

  /** One read transaction: the client, its last ten interactions, flags, deadlines and open questions. */
  async getBrief({ clientId }, env) {
    const { settings } = await deadlines.getDeadlineSettings(env.db);
    const tx = readTx(env.db, ['clients', 'stats', 'history', 'deadlines', 'questions']);
    const stored = await tx.objectStore('clients').get(clientId);
    if (!stored || stored.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
    const history = tx.objectStore('history');
    const [stats, recent, list, questions] = await Promise.all([
      tx.objectStore('stats').get(clientId),
      newest(history, clientId, BRIEF_INTERACTIONS),
      deadlines.clientDeadlinesIn(tx, clientId),
      deadlines.clientQuestionsIn(tx, clientId),
    ]);
    const flagged = await Promise.all((stats?.openFlags ?? []).map((f) => findItem(history, clientId, f.at, f.id)));
    const filings: BriefFiling[] = flagged.flatMap((i) =>
      i?.filing
        ? [
            {
              id: i.id,
              at: i.at,
              status: i.filing.status,
              ...(i.filing.caseNumber ? { caseNumber: i.filing.caseNumber } : {}),
              ...(i.filing.ref ? { ref: i.filing.ref } : {}),
              summary: i.summary,
            },
          ]
        : [],
    );
    return {
      client: fromStored(stored),
      interactions: recent.map((i) => toInteraction(clientId, i)),
      deadlines: list,
      filings,
      openQuestions: questions,
      buffers: settings.bufferDays,
      now: env.now(),
    };
  },
};
