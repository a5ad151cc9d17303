// Mail a content script saw: sent to clients (e-mail-out) or read from them
// (e-mail-in, dated by the message itself). One transaction for the whole
// message: every client it logs on is logged, or none is. Logged once per
// client and message id (write.ts addInteraction), so a second identical call
// — a re-read thread, or a retry after a lost reply — writes nothing.
import { getSettings } from '../../db/repos/settings';
import { addInteraction, CLIENT_STORES, withWrite } from '../../db/write';
import { resolveContext } from '../../identity/resolver';
import { isNeverLogged } from '../../model/settings';
import { prefetched } from './clients';
import type { HandlersFor } from './types';

export const mailHandlers: HandlersFor<'logMail'> = {
  async logMail({ direction, messageId, at, subject, people, source }, env) {
    const { mail } = await getSettings(env.db);
    if (!(direction === 'out' ? mail.logSent : mail.logRead)) return { logged: [], skipped: people.length };

    // Only addresses: a person matched by a bare name is offered in the
    // sidebar, never logged (the name may be someone else's), and a name
    // would slip past the never-log list, which holds addresses and domains.
    const allowed = people.filter((p) => p.email && !isNeverLogged(p.email, mail.neverLog)).map((p) => ({ email: p.email, role: p.role }));
    let skipped = people.length - allowed.length;
    const kind = direction === 'out' ? 'email-out' : 'email-in';
    const summary = (subject ?? '').trim().slice(0, 2000);

    return withWrite(env.db, CLIENT_STORES, async (tx) => {
      // The resolver the sidebar uses: an exact address, or a domain the client opted in to.
      const resolved = await resolveContext({ site: source, url: '', people: allowed, cases: [] }, prefetched(tx, { people: allowed, cases: [] }));
      const logged: { clientId: string; interactionId: string }[] = [];
      for (const { client } of resolved.matches) {
        const r = await addInteraction(tx, { clientId: client.id, kind, at, summary, source, messageId });
        if (r.created) logged.push({ clientId: client.id, interactionId: r.interaction.id });
        else skipped++;
      }
      return { logged, skipped };
    });
  },
};
