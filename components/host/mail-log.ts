import { send } from '../../lib/messaging/client';
import { capPeople } from '../../lib/sites/cap';
import type { Person, ScreenContext } from '../../lib/sites/types';

// Contact that logs itself: messages read in a thread become e-mail-in (the
// background keeps one per message id and ignores non-clients and the never-log
// list), and mail sent from a compose form becomes e-mail-out. Failures are
// quiet: the lawyer's mail must never wait on Rapport. The sidebar learns of
// what was logged from the background, not from here.
//
// Only people with an address are sent: a chip holding a bare name may be
// offered in the sidebar as "Is this …?", but it is never logged.

const reported = new Set<string>();

/** Both take a context already capped (lib/sites/cap.ts). */
export const logMailFrom = {
  async read(ctx: ScreenContext): Promise<void> {
    const calls: Promise<unknown>[] = [];
    for (const m of ctx.messages ?? []) {
      if (!m.from || m.at === undefined || !m.id || m.from === ctx.self) continue;
      const key = `${ctx.site}:${m.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const call = send('logMail', {
        direction: 'in',
        messageId: key,
        at: m.at,
        subject: ctx.subject,
        people: [{ email: m.from, role: 'from' }],
        source: ctx.site,
      });
      // Not logged (worker restarting, extension updated): the next reading tries again.
      calls.push(call.catch(() => reported.delete(key)));
    }
    await Promise.all(calls);
  },

  async sent(site: string, people: Person[], ctx: ScreenContext | null): Promise<void> {
    const withAddress = capPeople(people.filter((p) => p.email));
    if (!withAddress.length) return;
    await send('logMail', {
      direction: 'out',
      messageId: `${site}:sent:${crypto.randomUUID()}`,
      at: Date.now(),
      subject: ctx?.subject,
      people: withAddress,
      source: site,
    }).catch(() => {});
  },
};
