import { emailDomain, normaliseEmail, normaliseName } from '../../identity/normalise';
import { identifierQueries, lookupKeys } from '../../identity/court-match';
import { resolveContext } from '../../identity/resolver';
import type { ScreenContext } from '../../sites/types';
import { cadenceState, resolveCadence } from '../../model/cadence';
import type { Client } from '../../model/client';
import type { Interaction } from '../../model/interaction';
import { firmOf, type Settings } from '../../model/settings';
import { isFreeMailDomain } from '../../identity/free-mail';
import { matterPeopleViews, noteSignedIn } from './people';
import * as clients from '../../db/repos/clients';
import * as interactions from '../../db/repos/interactions';
import { importRecords } from '../../db/bulk';
import { settingsIn } from '../../db/repos/settings';
import { StoreError } from '../../db/errors';
import type { ClientStats } from '../../db/schema';
import { listClientsPage } from '../../db/search';
import { cadenceOf } from '../../db/stats';
import { fromStored, readTx, type ReadTx } from '../../db/write';
import type { ClientContextReply, ClientSummary, ClientView } from '../protocol';
import type { Env, HandlersFor } from './types';
import { t } from '../../i18n/t';

const RECENT = 5;

/** A client's view from its stats and newest interactions (no history scan: last contact and cadence are in the stats). */
export function viewFrom(client: Client, matchedOn: string[], stats: ClientStats | undefined, recent: Interaction[], now: number, settings?: Settings): ClientView {
  const view: ClientView = {
    client,
    matchedOn,
    lastContact: stats?.lastContact,
    cadence: stats ? cadenceOf(stats, now) : cadenceState(undefined, resolveCadence(client, settings?.cadence), now, client.createdAt),
    recent,
  };
  if (stats) {
    if (stats.awaitingSince !== undefined) view.awaitingSince = stats.awaitingSince;
    view.counts = { ...stats.counts };
    view.openFlags = stats.openFlags.length;
  }
  return view;
}

async function viewIn(tx: ReadTx, env: Env, client: Client, matchedOn: string[] = []): Promise<ClientView> {
  const { stats, recent } = await interactions.activityIn(tx, client.id, RECENT);
  return viewFrom(client, matchedOn, stats, recent, env.now());
}

/** A live client's view, read in one transaction. */
export async function viewOf(env: Env, id: string): Promise<ClientView> {
  const tx = readTx(env.db, ['clients', 'stats', 'history']);
  const stored = await tx.objectStore('clients').get(id);
  if (!stored || stored.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
  return viewIn(tx, env, fromStored(stored));
}

export function summaryOf(s: ClientStats, now: number): ClientSummary {
  const out: ClientSummary = {
    id: s.id,
    name: s.name,
    emails: s.emails,
    caseNumbers: s.caseNumbers,
    cadence: cadenceOf(s, now),
    cursor: s.sort ?? '',
  };
  if (s.preferredName) out.preferredName = s.preferredName;
  if (s.organisation) out.organisation = s.organisation;
  if (s.lastContact !== undefined) out.lastContact = s.lastContact;
  return out;
}

/**
 * The resolver's lookup, with every key it may ask for requested at once:
 * it asks one person after another, and each ask would otherwise wait a round
 * trip for the one before (a thread with five people: ten in a row).
 */
export function prefetched(tx: ReadTx, context: Pick<ScreenContext, 'people' | 'cases'>): (key: string) => Promise<Client[]> {
  const keys = new Set<string>();
  for (const p of context.people) {
    const email = p.email ? normaliseEmail(p.email) : null;
    if (email) {
      keys.add(`email:${email}`);
      keys.add(`person:${email}`);
      const domain = emailDomain(email);
      if (domain) keys.add(`domain:${domain}`);
      if (domain && !isFreeMailDomain(domain)) keys.add(`pdomain:${domain}`);
    } else if (p.name) {
      const name = normaliseName(p.name);
      if (name) {
        keys.add(`name:${name}`);
        keys.add(`pname:${name}`);
      }
    }
  }
  for (const k of lookupKeys(context.cases.flatMap(identifierQueries))) keys.add(k);
  const asked = new Map<string, Promise<Client[]>>();
  const ask = (key: string) => {
    let p = asked.get(key);
    if (!p) asked.set(key, (p = clients.clientsByKeyIn(tx, key)));
    return p;
  };
  for (const k of keys) void ask(k).catch(() => {});
  return ask;
}

export const clientHandlers: HandlersFor<
  'getClientContext' | 'getClient' | 'listClients' | 'createClient' | 'updateClient' | 'deleteClient' | 'logInteraction' | 'deleteInteraction' | 'importClients'
> = {
  /**
   * The hot path (a sidebar asking who is on screen): one read transaction —
   * the identity keys on screen, then each match's stats and newest page. A
   * worker that has just woken reads its settings inside it too.
   */
  async getClientContext({ context }, env) {
    const tx = readTx(env.db, ['clients', 'stats', 'meta']);
    const ask = prefetched(tx, context);
    const settings = await settingsIn(env.db, tx);
    const resolved = await resolveContext(context, ask, { firm: firmOf(settings) });
    const matches = await Promise.all(
      resolved.matches.map(async (m) => {
        const v = await viewIn(tx, env, m.client, m.matchedOn);
        return m.nameOnly ? { ...v, nameOnly: m.nameOnly } : v;
      }),
    );
    noteSignedIn(env, context.self);
    const reply: ClientContextReply = { matches, unknown: resolved.unknown, awaiting: { ...settings.awaitingReply } };
    const people = await matterPeopleViews(env, resolved.people);
    if (people.length) reply.people = people;
    return reply;
  },

  async getClient({ id }, env) {
    return viewOf(env, id);
  },

  async listClients({ query, limit, after }, env) {
    const page = await listClientsPage(env.db, query, limit, after);
    const now = env.now();
    const reply: { clients: ClientSummary[]; total: number; next?: string } = { clients: page.clients.map((s) => summaryOf(s, now)), total: page.total };
    if (page.next !== undefined) reply.next = page.next;
    return reply;
  },

  async createClient({ client, id }, env) {
    const created = await clients.createClient(env.db, client, env.now(), id);
    return viewOf(env, created.client.id);
  },

  async updateClient({ client }, env) {
    return viewOf(env, (await clients.updateClient(env.db, client, env.now())).id);
  },

  async deleteClient({ id }, env) {
    const { purgeAt } = await clients.trashClient(env.db, id, env.now());
    return { deleted: true, trashed: true, purgeAt };
  },

  async logInteraction({ interaction }, env) {
    const { interaction: logged } = await interactions.logInteractionOnce(env.db, interaction);
    return { interaction: logged, view: await viewOf(env, logged.clientId) };
  },

  async deleteInteraction({ id, clientId, at }, env) {
    await interactions.deleteInteraction(env.db, id, { clientId, at });
    return { deleted: true };
  },

  async importClients({ records }, env) {
    const r = await importRecords(env.db, records, env.now());
    return { clients: r.ids.length, interactions: r.interactions, ids: r.ids };
  },
};

