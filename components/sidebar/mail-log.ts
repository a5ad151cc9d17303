import { send } from '../../lib/messaging/client';
import type { Person, ScreenContext } from '../../lib/sites/types';

// Contact that logs itself: messages read in a thread become e-mail-in (the
// background keeps one per message id and ignores non-clients and the never-log
// list), and mail sent from a compose form becomes e-mail-out. Failures are
// quiet: the lawyer's mail must never wait on Rapport. Each call resolves to
// whether anything was logged, so the sidebar knows to refresh.

const reported = new Set<string>();

const logged = (p: Promise<{ logged: unknown[] }>) => p.then((r) => r.logged.length > 0);

export const logMailFrom = {
  async read(ctx: ScreenContext): Promise<boolean> {
    const calls: Promise<boolean>[] = [];
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
      calls.push(
        logged(call).catch(() => {
          reported.delete(key);
          return false;
        }),
      );
    }
    return (await Promise.all(calls)).some(Boolean);
  },

  sent(site: string, people: Person[], ctx: ScreenContext | null): Promise<boolean> {
    const call = send('logMail', {
      direction: 'out',
      messageId: `${site}:sent:${crypto.randomUUID()}`,
      at: Date.now(),
      subject: ctx?.subject,
      people,
      source: site,
    });
    return logged(call).catch(() => false);
  },
};
