import { caseCandidates, matterCaseKeys } from '../../identity/case-number';
import { resolveContext } from '../../identity/resolver';
import { cadenceState, resolveCadence } from '../../model/cadence';
import type { Client } from '../../model/client';
import * as clients from '../../db/repos/clients';
import * as interactions from '../../db/repos/interactions';
import { getSettings } from '../../db/repos/settings';
import type { Settings } from '../../model/settings';
import { StoreError } from '../../db/errors';
import type { ClientSummary, ClientView } from '../protocol';
import type { Env, HandlersFor } from './types';

/** `settings` saves a read when the caller already has them (several views at once). */
// One collator for every sort: localeCompare with options builds one per call.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

export async function viewOf(env: Env, client: Client, matchedOn: string[] = [], settings?: Settings): Promise<ClientView> {
  const [{ lastContact: last, recent }, { cadence }] = await Promise.all([
    interactions.contactSummary(env.db, client.id, 5),
    settings ?? getSettings(env.db),
  ]);
  return {
    client,
    matchedOn,
    lastContact: last,
    // The client's own cadence, else its strictest tag's, else the default (settings).
    cadence: cadenceState(last, resolveCadence(client, cadence), env.now()),
    recent,
  };
}

export async function mustGet(env: Env, id: string): Promise<Client> {
  const c = await clients.getClient(env.db, id);
  if (!c) throw new StoreError('not-found', 'That client no longer exists.');
  return c;
}

function matchesQuery(c: Client, q: string, caseKeys: Set<string>): boolean {
  if (!q) return true;
  const hay = [c.name, c.preferredName, c.organisation, ...c.emails, ...c.tags, ...c.matters.flatMap((m) => [m.caseNumber, m.caseName, m.matterCode])]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  if (hay.includes(q)) return true;
  return caseKeys.size > 0 && c.matters.some((m) => matterCaseKeys(m).some((k) => caseKeys.has(k)));
}

export const clientHandlers: HandlersFor<
  'getClientContext' | 'getClient' | 'listClients' | 'createClient' | 'updateClient' | 'deleteClient' | 'logInteraction' | 'deleteInteraction' | 'importClients'
> = {
  async getClientContext({ context }, env) {
    const [resolved, settings] = await Promise.all([
      resolveContext(context, (key) => clients.clientsByKey(env.db, key)),
      getSettings(env.db),
    ]);
    const matches = await Promise.all(
      resolved.matches.map(async (m) => {
        const v = await viewOf(env, m.client, m.matchedOn, settings);
        return m.nameOnly ? { ...v, nameOnly: m.nameOnly } : v;
      }),
    );
    return { matches, unknown: resolved.unknown, awaiting: { ...settings.awaitingReply } };
  },

  async getClient({ id }, env) {
    return viewOf(env, await mustGet(env, id));
  },

  async listClients({ query, limit }, env) {
    const q = query.trim().toLowerCase();
    // A number typed in the search box matches however the matter wrote it (MSC18-00717 / msc1800717).
    const caseKeys = new Set<string>(q ? caseCandidates(q).map((k) => k.key) : []);
    const all = (await clients.allClients(env.db)).filter((c) => matchesQuery(c, q, caseKeys));
    all.sort((a, b) => byName.compare(a.name, b.name));
    const page = all.slice(0, limit);
    const { cadence } = await getSettings(env.db);
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
          cadence: cadenceState(last, resolveCadence(c, cadence), env.now()),
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
