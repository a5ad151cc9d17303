// The e-filing overlay's messages: who holds each case number on a portal page
// (one batch per page), filings logged from rows, and the flags rejections raise.
import { caseHolders, identifierQueries, lookupKeys } from '../../identity/court-match';
import * as filings from '../../db/repos/filings';
import { StoreError } from '../../db/errors';
import type { StoredClient } from '../../db/schema';
import { refLabel } from '../../model/filing';
import { displayName as nameOf } from '../../model/display-name';
import { CLIENT_STORES, readTx, withWrite } from '../../db/write';
import type { CaseMatch, FilingFlag } from '../protocol';
import type { HandlersFor } from './types';
import { t } from '../../i18n/t';

export const filingHandlers: HandlersFor<'resolveCases' | 'logFilings' | 'listFilingFlags' | 'acknowledgeFiling'> = {
  async resolveCases({ cases }, env) {
    const queries = cases.flatMap(identifierQueries);
    const keys = lookupKeys(queries);
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
    const byKey = new Map(keys.map((k, i) => [k, holders[i]!]));
    for (const q of queries) {
      const held = caseHolders(q.candidates, q.candidates.flatMap((c) => byKey.get(c.key)!));
      if (held.length) matches[q.id] = held.map((c) => view.get(c.id)!);
    }
    return { matches };
  },

  /** Every row in one transaction: all are logged, or (one row not a client's matter) none is. */
  async logFilings({ site, filings: items }, env) {
    return withWrite(env.db, CLIENT_STORES, async (tx) => {
      const results = [];
      for (const { clientId, filing } of items) {
        const client = await tx.objectStore('clients').get(clientId);
        if (!client || client.trashedAt !== undefined) throw new StoreError('not-found', t('errors_client_gone'));
        // Precision first: the row's case must be one of this client's own matters (in the row's court).
        const key = identifierQueries(filing)
          .flatMap((q) => (caseHolders(q.candidates, [client]).length ? q.candidates.map((c) => c.key) : []))
          .find((k) => (client.keys as string[] | undefined)?.includes(k));
        if (!key) throw new StoreError('not-found', filing.caseNumber ?? filing.matterCode ? t('errors_case_not_clients', { case: (filing.caseNumber ?? filing.matterCode)!, name: nameOf(client) }) : t('errors_that_case_not_clients', { name: nameOf(client) }));
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
