import { normaliseCaseNumber } from '../../identity/case-number';
import { resolveContext } from '../../identity/resolver';
import { DEFAULT_CADENCE, cadenceState } from '../../model/cadence';
import type { Client } from '../../model/client';
import * as clients from '../../db/repos/clients';
import * as interactions from '../../db/repos/interactions';
import { StoreError } from '../../db/errors';
import type { ClientSummary, ClientView } from '../protocol';
import type { Env, HandlersFor } from './types';

export async function viewOf(env: Env, client: Client, matchedOn: string[] = []): Promise<ClientView> {
  const [last, recent] = await Promise.all([
    interactions.lastContact(env.db, client.id),
    interactions.recentInteractions(env.db, client.id, 5),
  ]);
  return {
    client,
    matchedOn,
    lastContact: last,
    cadence: cadenceState(last, client.cadence ?? DEFAULT_CADENCE, env.now()),
    recent,
  };
}

export async function mustGet(env: Env, id: string): Promise<Client> {
  const c = await clients.getClient(env.db, id);
  if (!c) throw new StoreError('not-found', 'That client no longer exists.');
  return c;
}

function matchesQuery(c: Client, q: string, caseKey: string | null): boolean {
  if (!q) return true;
  const hay = [c.name, c.preferredName, c.organisation, ...c.emails, ...c.tags, ...c.matters.flatMap((m) => [m.caseNumber, m.caseName, m.matterCode])]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  if (hay.includes(q)) return true;
  return caseKey !== null && c.matters.some((m) => m.caseNumber && normaliseCaseNumber(m.caseNumber) === caseKey);
}

export const clientHandlers: HandlersFor<
  'getClientContext' | 'getClient' | 'listClients' | 'createClient' | 'updateClient' | 'deleteClient' | 'logInteraction' | 'deleteInteraction' | 'importClients'
> = {
  async getClientContext({ context }, env) {
    const resolved = await resolveContext(context, (key) => clients.clientsByKey(env.db, key));
    const matches = await Promise.all(resolved.matches.map((m) => viewOf(env, m.client, m.matchedOn)));
    return { matches, unknown: resolved.unknown };
  },

  async getClient({ id }, env) {
    return viewOf(env, await mustGet(env, id));
  },

  async listClients({ query, limit }, env) {
    const q = query.trim().toLowerCase();
    const caseKey = q ? normaliseCaseNumber(q) : null;
    const all = (await clients.allClients(env.db)).filter((c) => matchesQuery(c, q, caseKey));
    all.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
    const page = all.slice(0, limit);
    const summaries: ClientSummary[] = await Promise.all(
      page.map(async (c) => {
        const last = await interactions.lastContact(env.db, c.id);
        return {
          id: c.id,
          name: c.name,
          preferredName: c.preferredName,
          organisation: c.organisation,
          emails: c.emails,
          caseNumbers: c.matters.flatMap((m) => (m.caseNumber ? [m.caseNumber] : [])),
          lastContact: last,
          cadence: cadenceState(last, c.cadence ?? DEFAULT_CADENCE, env.now()),
        };
      }),
    );
    return { clients: summaries, total: all.length };
  },

  async createClient({ client }, env) {
    return viewOf(env, await clients.createClient(env.db, client, env.now()));
  },

  async updateClient({ client }, env) {
    return viewOf(env, await clients.updateClient(env.db, client, env.now()));
  },

  async deleteClient({ id }, env) {
    await clients.deleteClient(env.db, id);
    return { deleted: true };
  },

  async logInteraction({ interaction }, env) {
    const logged = await interactions.logInteraction(env.db, interaction);
    return { interaction: logged, view: await viewOf(env, await mustGet(env, logged.clientId)) };
  },

  async deleteInteraction({ id }, env) {
    await interactions.deleteInteraction(env.db, id);
    return { deleted: true };
  },

  async importClients({ records }, env) {
    const r = await clients.importClients(env.db, records, env.now());
    return { clients: r.ids.length, interactions: r.interactions, ids: r.ids };
  },
};
