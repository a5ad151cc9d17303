// The e-filing overlay's messages: who holds each case number on a portal page
// (one batch per page), filings logged from rows, and the flags rejections raise.
import { normaliseCaseNumber } from '../../identity/case-number';
import { normaliseMatterCode } from '../../identity/normalise';
import * as filings from '../../db/repos/filings';
import { StoreError } from '../../db/errors';
import type { StoredClient } from '../../db/schema';
import { refLabel } from '../../model/filing';
import { CLIENT_STORES, readTx, withWrite } from '../../db/write';
import type { CaseMatch, FilingFlag } from '../protocol';
import type { HandlersFor } from './types';

const nameOf = (c: Pick<StoredClient, 'name' | 'preferredName'>) => c.preferredName?.trim() || c.name;

function keysOf(ref: { caseNumber?: string; matterCode?: string }): string[] {
  const out: string[] = [];
  const cn = ref.caseNumber ? normaliseCaseNumber(ref.caseNumber) : null;
  if (cn) out.push(`case:${cn}`);
  const mc = ref.matterCode ? normaliseMatterCode(ref.matterCode) : null;
  if (mc) out.push(`matter:${mc}`);
  return out;
}

export const filingHandlers: HandlersFor<'resolveCases' | 'logFilings' | 'listFilingFlags' | 'acknowledgeFiling'> = {
  async resolveCases({ cases }, env) {
    const keys = [...new Set(cases.flatMap(keysOf))];
    // One read transaction for the whole page: every request issued before any
    // is awaited (2,000 keys answer in well under the time of 2,000 transactions).
    const tx = readTx(env.db, ['clients', 'stats']);
    const index = tx.objectStore('clients').index('keys');
    const holders = await Promise.all(keys.map((k) => index.getAll(k)));
    const clients = new Map<string, StoredClient>();
    for (const list of holders) for (const c of list) clients.set(c.id, c);
    const ids = [...clients.keys()];
    // Last contact and open flags come from each client's stats: one record each.
    const stats = await Promise.all(ids.map((id) => tx.objectStore('stats').get(id)));
    const view = new Map<string, CaseMatch>(
      ids.map((id, i) => {
        const m: CaseMatch = { id, name: nameOf(clients.get(id)!), flags: stats[i]?.openFlags.length ?? 0 };
        if (stats[i]?.lastContact !== undefined) m.lastContact = stats[i]!.lastContact;
        return [id, m];
      }),
    );
    const matches: Record<string, CaseMatch[]> = {};
    keys.forEach((k, i) => {
      if (holders[i]!.length) matches[k] = holders[i]!.map((c) => view.get(c.id)!);
    });
    return { matches };
  },

  /** Every row in one transaction: all are logged, or (one row not a client's matter) none is. */
  async logFilings({ site, filings: items }, env) {
    return withWrite(env.db, CLIENT_STORES, async (tx) => {
      const results = [];
      for (const { clientId, filing } of items) {
        const client = await tx.objectStore('clients').get(clientId);
        if (!client || client.trashedAt !== undefined) throw new StoreError('not-found', 'That client no longer exists.');
        // Precision first: the row's case must be one of this client's own matters.
        const key = keysOf(filing).find((k) => (client.keys as string[] | undefined)?.includes(k));
        if (!key) throw new StoreError('not-found', `${filing.caseNumber ?? filing.matterCode ?? 'That case'} is not one of ${nameOf(client)}’s matters.`);
        const summary = [
          filing.status + (filing.ref ? ` — ${refLabel(site)} ${filing.ref}` : ''),
          [filing.caseNumber, filing.caseName].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(' · ')
          .slice(0, 2000);
        const r = await filings.logFilingIn(tx, {
          clientId,
          site,
          status: filing.status,
          caseNumber: filing.caseNumber,
          caseKey: key,
          ref: filing.ref,
          summary,
          at: env.now(),
        });
        results.push({ clientId, interactionId: r.interaction.id, created: r.created, flagged: r.flagged });
      }
      return { results };
    });
  },

  async listFilingFlags({ clientId }, env) {
    const open = await filings.openFlags(env.db, clientId);
    const tx = readTx(env.db, ['stats']);
    const holders = await Promise.all([...new Set(open.map((i) => i.clientId))].map((id) => tx.objectStore('stats').get(id)));
    const names = new Map(holders.flatMap((s) => (s ? [[s.id, nameOf(s)] as const] : [])));
    const flags: FilingFlag[] = open.flatMap((i) =>
      names.has(i.clientId)
        ? [
            {
              id: i.id,
              clientId: i.clientId,
              clientName: names.get(i.clientId)!,
              site: i.source,
              status: i.filing!.status,
              ...(i.filing!.caseNumber ? { caseNumber: i.filing!.caseNumber } : {}),
              ...(i.filing!.ref ? { ref: i.filing!.ref } : {}),
              at: i.at,
              summary: i.summary,
            },
          ]
        : [],
    );
    return { flags };
  },

  async acknowledgeFiling({ id, clientId }, env) {
    await filings.acknowledgeFiling(env.db, id, env.now(), clientId);
    return { acknowledged: true };
  },
};
