// Mail a content script saw: sent to clients (e-mail-out) or read from them
// (e-mail-in, dated by the message itself). Logged once per client and message
// id — the byClientMessage index makes a second identical call a no-op.
import { StoreError } from '../../db/errors';
import { getSettings } from '../../db/repos/settings';
import * as clients from '../../db/repos/clients';
import * as interactions from '../../db/repos/interactions';
import { resolveContext } from '../../identity/resolver';
import { isNeverLogged } from '../../model/settings';
import type { HandlersFor } from './types';

export const mailHandlers: HandlersFor<'logMail'> = {
  async logMail({ direction, messageId, at, subject, people, source }, env) {
    const { mail } = await getSettings(env.db);
    if (!(direction === 'out' ? mail.logSent : mail.logRead)) return { logged: [], skipped: people.length };

    const allowed = people.filter((p) => !p.email || !isNeverLogged(p.email, mail.neverLog));
    let skipped = people.length - allowed.length;
    // The resolver is the one used for the sidebar: exact address, opted-in
    // domain, or a bare name only when exactly one client has it.
    const resolved = await resolveContext(
      { site: source, url: '', people: allowed, cases: [] },
      (key) => clients.clientsByKey(env.db, key),
    );

    const kind = direction === 'out' ? 'email-out' : 'email-in';
    const logged: { clientId: string; interactionId: string }[] = [];
    for (const { client } of resolved.matches) {
      if (await env.db.getFromIndex('interactions', 'byClientMessage', [client.id, messageId])) {
        skipped++;
        continue;
      }
      try {
        const interaction = await interactions.logInteraction(env.db, {
          clientId: client.id,
          kind,
          at,
          summary: (subject ?? '').trim().slice(0, 2000),
          source,
          messageId,
        });
        logged.push({ clientId: client.id, interactionId: interaction.id });
      } catch (e) {
        // Deleted since it was resolved: nothing to log it on.
        if (e instanceof StoreError && e.code === 'not-found') skipped++;
        else throw e;
      }
    }
    return { logged, skipped };
  },
};
