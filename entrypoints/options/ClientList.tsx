import type { Ref } from 'preact';
import type { ClientSummary } from '../../lib/messaging/protocol';
import { CADENCE_TEXT, fullDate, isoDate, relativeContact } from './format';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  clients: readonly ClientSummary[] | undefined;
  total: number;
  error: string | null;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onNew: () => void;
  searchRef?: Ref<HTMLInputElement>;
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, '');

/** When the search matched a case number or an address, say which: the name alone may not explain the hit. */
function matchHint(c: ClientSummary, query: string): string | undefined {
  const q = fold(query);
  if (q.length < 3) return undefined;
  const name = fold(`${c.name} ${c.preferredName ?? ''} ${c.organisation ?? ''}`);
  if (name.includes(q)) return undefined;
  const caseNumber = c.caseNumbers.find((n) => fold(n).includes(q));
  if (caseNumber) return `Case ${caseNumber}`;
  return c.emails.find((e) => fold(e).includes(q));
}

export function ClientList(props: Props) {
  const { query, onQuery, clients, total, error, selectedId, onSelect, onNew, searchRef } = props;
  const count =
    clients === undefined
      ? 'Loading clients…'
      : clients.length < total
        ? `Showing ${clients.length} of ${total} clients — refine the search to see the rest.`
        : query.trim()
          ? `${total} ${total === 1 ? 'client matches' : 'clients match'}`
          : `${total} ${total === 1 ? 'client' : 'clients'}`;
  return (
    <section class="list-pane" aria-labelledby="client-list-heading">
      <div class="list-head">
        <h2 id="client-list-heading">Clients</h2>
        <button type="button" class="button-primary new-client" onClick={onNew}>
          New client
        </button>
      </div>
      <div class="list-tools">
        <div class="search">
          <label for="client-search">Search clients</label>
          <input
            ref={searchRef}
            id="client-search"
            type="search"
            value={query}
            placeholder="Name, e-mail or case no."
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => onQuery(e.currentTarget.value)}
          />
        </div>
      </div>
      {error ? (
        <p class="list-error" role="alert">
          {error}
        </p>
      ) : (
        <p class="list-count" role="status">
          {count}
        </p>
      )}
      {clients && clients.length === 0 && !error && (
        <p class="empty-note">
          {query.trim() ? `No client matches “${query.trim()}”.` : 'No clients yet. Use “New client” to add the first.'}
        </p>
      )}
      {clients && clients.length > 0 && (
        <ul class="client-list">
          {clients.map((c) => {
            const shown = c.preferredName?.trim() ? c.preferredName : c.name;
            const hint = matchHint(c, query);
            return (
              <li key={c.id}>
                <button
                  type="button"
                  class="client-row"
                  aria-current={c.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(c.id)}
                >
                  <span class="row-name">
                    {shown}
                    {shown !== c.name && <span class="row-fullname"> {c.name}</span>}
                  </span>
                  {c.organisation && <span class="row-org">{c.organisation}</span>}
                  {hint && <span class="row-hint">{hint}</span>}
                  <span class="row-meta">
                    {c.lastContact !== undefined && (
                      <span class="row-last">
                        Last contact{' '}
                        <time dateTime={isoDate(c.lastContact)} title={fullDate(c.lastContact)}>
                          {relativeContact(c.lastContact, Date.now(), c.cadence.daysSince)}
                        </time>
                      </span>
                    )}
                    <span class={`cadence cadence-${c.cadence.status}`}>{CADENCE_TEXT[c.cadence.status]}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
