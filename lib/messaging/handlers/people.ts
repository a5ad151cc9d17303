// People around a matter: the conflict check before a new client or matter
// person is saved, "Check a name", the matter-person cards of the sidebar,
// and the firm domain guessed from the signed-in address.
import { getSettings } from '../../db/repos/settings';
import { newest } from '../../db/history';
import { readTx } from '../../db/write';
import type { Db } from '../../db/open';
import { strip } from '../../db/repos/deadlines';
import { toInteraction } from '../../db/history';
import { nextDeadlines } from '../../deadlines/state';
import { buildConflictIndexAsync, type ConflictIndex } from '../../identity/conflicts';
import { conflictReport, outcomeOf, type ConflictReport } from '../../identity/conflict-report';
import { guessFirmDomain } from '../../identity/colleagues';
import type { MatterPersonOnScreen } from '../../identity/resolver';
import { normaliseEmail } from '../../identity/normalise';
import { displayName } from '../../model/display-name';
import { matterLabel } from '../../model/matter-roles';
import { firmOf } from '../../model/settings';
import type { Interaction } from '../../model/interaction';
import type { MatterPersonView } from '../protocol';
import type { Env, HandlersFor } from './types';

/** Where the signed-in address the sidebar last saw is kept (meta store). */
export const SIGNED_IN_KEY = 'signedIn';

// The index is built from every live client on the first check after a write
// and kept until the next one: a check is then a few map lookups. Built lazily
// so a worker that wakes for a sidebar lookup never pays for it.
let cached: { db: Db; index: Promise<ConflictIndex> } | null = null;

/** Clients (or the firm's domains) changed: the next check builds the index again. */
export function clientsChanged(): void {
  cached = null;
}

/** Messages after which the conflict index no longer reflects the clients (lib/messaging/handlers.ts). */
export const CHANGES_CONFLICT_INDEX: ReadonlySet<string> = new Set([
  'createClient',
  'updateClient',
  'deleteClient',
  'restoreClient',
  'deleteClientForever',
  'importClients',
  'bulkCommit',
  'updateSettings',
]);

async function conflictIndex(db: Db): Promise<ConflictIndex> {
  if (cached?.db === db) return cached.index;
  const index = (async () => {
    const settings = await getSettings(db);
    const clients = (await db.getAll('clients')).filter((c) => c.trashedAt === undefined);
    return buildConflictIndexAsync(clients, { firmDomains: firmOf(settings).domains });
  })();
  cached = { db, index };
  // A failed build is not kept: the next check tries again.
  index.catch(() => {
    if (cached?.index === index) cached = null;
  });
  return index;
}

function withoutClient(report: ConflictReport, clientId: string | undefined): ConflictReport {
  if (!clientId) return report;
  const hits = report.hits.filter((h) => h.clientId !== clientId);
  return { ...report, hits, outcome: outcomeOf(hits) };
}

let lastSignedIn: string | undefined;

/** Remembers the user's own address when a screen shows it (one write when it changes, off the lookup's path). */
export function noteSignedIn(env: Env, self: string | undefined): void {
  const e = self ? normaliseEmail(self) : null;
  if (!e || e === lastSignedIn) return;
  lastSignedIn = e;
  void env.db.put('meta', e, SIGNED_IN_KEY).catch(() => {
    lastSignedIn = undefined;
  });
}

const RECENT = 5;
/** How far back the matter card looks for interactions about the matter. */
const MATTER_SCAN = 200;

/** The cards for matter people on screen: one per person, client and matter, with the matter's deadlines, goals and history. */
export async function matterPeopleViews(env: Env, people: readonly MatterPersonOnScreen[]): Promise<MatterPersonView[]> {
  if (!people.length) return [];
  const tx = readTx(env.db, ['deadlines', 'history']);
  const now = env.now();
  const perClient = new Map<string, Promise<{ deadlines: ReturnType<typeof strip>[]; items: Interaction[] }>>();
  const load = (clientId: string) => {
    let p = perClient.get(clientId);
    if (!p)
      perClient.set(
        clientId,
        (p = (async () => {
          const deadlines = (await tx.objectStore('deadlines').index('client').getAll(IDBKeyRange.bound([clientId], [clientId, []]))).map(strip);
          const items = (await newest(tx.objectStore('history'), clientId, MATTER_SCAN)).map((i) => toInteraction(clientId, i));
          return { deadlines, items };
        })()),
      );
    return p;
  };
  const out: MatterPersonView[] = [];
  for (const p of people) {
    const { deadlines, items } = await load(p.client.id);
    for (const hit of p.hits) {
      const matter = p.client.matters.find((m) => m.id === hit.matterId);
      const person = matter?.people?.find((x) => x.id === hit.personId);
      if (!matter || !person) continue;
      const view: MatterPersonView = {
        key: `${p.client.id}|${matter.id}|${person.id}|${p.email ?? p.name ?? ''}`,
        seen: { ...(p.email ? { email: p.email } : {}), ...(p.name ? { name: p.name } : {}) },
        via: hit.via,
        person,
        matter: { id: matter.id, label: matterLabel(matter), ...(matter.caseNumber ? { caseNumber: matter.caseNumber } : {}), ...(matter.court ? { court: matter.court } : {}) },
        client: { id: p.client.id, name: displayName(p.client) },
        goals: p.client.goals.filter((g) => g.status === 'open').map((g) => ({ id: g.id, text: g.text, acceptableOutcome: g.acceptableOutcome })),
        deadlines: nextDeadlines(
          deadlines.filter((d) => d.matterId === matter.id),
          now,
        ).map((d) => ({ id: d.id, title: d.title, dueDate: d.dueDate, ...(d.dueTime ? { dueTime: d.dueTime } : {}), status: d.status })),
        recent: items.filter((i) => i.matterId === matter.id).slice(0, RECENT),
      };
      if (p.colleague) view.colleague = true;
      out.push(view);
    }
  }
  return out;
}

export const peopleHandlers: HandlersFor<'checkConflicts' | 'checkName' | 'firmGuess'> = {
  async checkConflicts({ candidates, excludeClientId }, env) {
    const index = await conflictIndex(env.db);
    const now = env.now();
    return { reports: candidates.map((c) => withoutClient(conflictReport(index, c, now), excludeClientId)) };
  },

  async checkName(candidate, env) {
    return conflictReport(await conflictIndex(env.db), candidate, env.now());
  },

  async firmGuess(_req, env) {
    const raw = await env.db.get('meta', SIGNED_IN_KEY);
    const signedIn = typeof raw === 'string' ? raw : undefined;
    const domain = guessFirmDomain(signedIn);
    return { ...(signedIn ? { signedIn } : {}), ...(domain ? { domain } : {}) };
  },
};
