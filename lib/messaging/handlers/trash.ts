// The trash: deleteClient moves a client there (handlers/clients.ts); these
// list it, bring a client back, or delete one for good before the purge
// alarm does (lib/background/keep-in-touch.ts, daily).
import * as clients from '../../db/repos/clients';
import { getSettings } from '../../db/repos/settings';
import { trashKeepDays } from '../../model/settings';
import type { TrashEntry } from '../protocol';
import { viewOf } from './clients';
import type { HandlersFor } from './types';

const DAY_MS = 86_400_000;

export const trashHandlers: HandlersFor<'listTrash' | 'restoreClient' | 'deleteClientForever'> = {
  async listTrash(_req, env) {
    const keepDays = trashKeepDays(await getSettings(env.db));
    const entries: TrashEntry[] = (await clients.listTrash(env.db)).map((s) => {
      const e: TrashEntry = {
        id: s.id,
        name: s.name,
        emails: s.emails,
        caseNumbers: s.caseNumbers,
        trashedAt: s.trashedAt!,
        purgeAt: s.trashedAt! + keepDays * DAY_MS,
      };
      if (s.preferredName) e.preferredName = s.preferredName;
      if (s.organisation) e.organisation = s.organisation;
      if (s.lastContact !== undefined) e.lastContact = s.lastContact;
      return e;
    });
    return { clients: entries, keepDays };
  },

  async restoreClient({ id }, env) {
    await clients.restoreClient(env.db, id);
    return viewOf(env, id);
  },

  async deleteClientForever({ id }, env) {
    await clients.deleteForever(env.db, id);
    return { deleted: true };
  },
};
