import type { Ref } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import type { ClientSummary } from '../../lib/messaging/protocol';
import { cadenceText, fullDate, isoDate, relativeContact } from './format';
import { t, tn } from '../../lib/i18n/t';
import { withElement } from '../../components/sidebar/with-element';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  /** The first page of the list (for `query`); the list fetches the rest itself as the user scrolls. */
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
  if (caseNumber) return t('clients_hint_case', { number: caseNumber });
  return c.emails.find((e) => fold(e).includes(q));
}

/** Rows a page fetched when the user scrolls near the end of what is loaded. */
const PAGE = 200;
/** Rows kept rendered above and below the visible ones (pixels), so fast scrolling does not show blanks. */
const OVERSCAN_PX = 600;
/** Height assumed for a row not rendered yet; replaced by the average of rows measured. */
const ROW_GUESS_PX = 64;
/** Fetch the next page when this few loaded rows are left below the window. */
const PREFETCH_ROWS = 40;

/**
 * The client list. Only the rows in view (and a margin) are in the DOM:
 * spacers above and below stand for the rest, sized from the rows' measured
 * heights, so 10,000 clients scroll as smoothly as 10. The rest of the list
 * is fetched page by page from the background (listClients with the last
 * row's cursor) as the user scrolls towards it.
 */
export function ClientList(props: Props) {
  const { query, onQuery, clients, total, error, selectedId, onSelect, onNew, searchRef } = props;
  const [more, setMore] = useState<ClientSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const loading = useRef(false);
  const scroller = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const heights = useRef(new Map<string, number>());
  const [, remeasured] = useState(0);

  // A new first page (another query, or a refresh after an edit) starts the list over.
  useEffect(() => {
    setMore([]);
    setLoadError(null);
    loading.current = false;
  }, [clients]);

  const rows = useMemo(() => {
    if (!clients) return [];
    const seen = new Set(clients.map((c) => c.id));
    return [...clients, ...more.filter((c) => !seen.has(c.id))];
  }, [clients, more]);

  const loadMore = useCallback(async () => {
    const last = rows.at(-1);
    if (loading.current || !last || rows.length >= total) return;
    loading.current = true;
    const first = clients;
    try {
      const page = await send('listClients', { query, after: last.cursor, limit: PAGE });
      // Dropped if the list started over while this page was on its way.
      if (first === clients) setMore((m) => [...m, ...page.clients]);
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : t('clients_error_load_more'));
    } finally {
      loading.current = false;
    }
  }, [rows, total, query, clients]);

  // Where each row sits: measured heights where known, the average elsewhere.
  const measured = [...heights.current.values()];
  const guess = measured.length ? measured.reduce((a, b) => a + b, 0) / measured.length : ROW_GUESS_PX;
  const offsets = useMemo(() => {
    const out = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) out[i + 1] = out[i]! + (heights.current.get(rows[i]!.id) ?? guess);
    return out;
    // `guess` changes as rows are measured; rows as pages arrive.
  }, [rows, guess]);

  let start = 0;
  while (start < rows.length && offsets[start + 1]! < view.top - OVERSCAN_PX) start++;
  let end = start;
  while (end < rows.length && offsets[end]! < view.top + view.height + OVERSCAN_PX) end++;

  useEffect(() => {
    if (end >= rows.length - PREFETCH_ROWS && rows.length < total && !loadError) void loadMore();
  }, [end, rows.length, total, loadMore, loadError]);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Measure the rows now in the DOM; a change moves the spacers on the next render.
    let changed = false;
    for (const li of Array.from(el.querySelectorAll<HTMLLIElement>('li[data-id]'))) {
      const id = li.dataset.id!;
      const h = li.offsetHeight;
      if (h && heights.current.get(id) !== h) {
        heights.current.set(id, h);
        changed = true;
      }
    }
    if (changed) remeasured((n) => n + 1);
    if (el.clientHeight && el.clientHeight !== view.height) setView({ top: el.scrollTop, height: el.clientHeight });
  });

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => ro.disconnect();
  }, [onScroll, clients]);

  const count = clients === undefined ? t('clients_loading') : query.trim() ? tn('clients_count_matching', total) : tn('clients_count', total);
  return (
    <section class="list-pane" aria-labelledby="client-list-heading">
      <div class="list-head">
        <h2 id="client-list-heading">{t('clients_heading')}</h2>
        <button type="button" class="button-primary new-client" onClick={onNew}>
          {t('clients_new')}
        </button>
      </div>
      <div class="list-tools">
        <div class="search">
          <label for="client-search">{t('clients_search_label')}</label>
          <input
            ref={searchRef}
            id="client-search"
            type="search"
            value={query}
            placeholder={t('clients_search_placeholder')}
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
          {query.trim() ? t('clients_no_match', { query: query.trim() }) : t('clients_none_yet')}
        </p>
      )}
      {clients && clients.length > 0 && (
        <ul class="client-list" ref={scroller} onScroll={onScroll} aria-label={t('clients_heading')} data-rendered={end - start}>
          {start > 0 && <li aria-hidden="true" class="list-spacer" style={{ height: `${offsets[start]}px` }} />}
          {rows.slice(start, end).map((c, k) => {
            const shown = c.preferredName?.trim() ? c.preferredName : c.name;
            const hint = matchHint(c, query);
            return (
              <li key={c.id} data-id={c.id} aria-setsize={total} aria-posinset={start + k + 1}>
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
                        {withElement((mark) => t('clients_last_contact_when', { when: mark }),
                          <time dateTime={isoDate(c.lastContact)} title={fullDate(c.lastContact)}>
                            {relativeContact(c.lastContact, Date.now(), c.cadence.daysSince)}
                          </time>,
                        )}
                      </span>
                    )}
                    <span class={`cadence cadence-${c.cadence.status}`}>{cadenceText(c.cadence.status)}</span>
                  </span>
                </button>
              </li>
            );
          })}
          {end < rows.length && <li aria-hidden="true" class="list-spacer" style={{ height: `${offsets[rows.length]! - offsets[end]!}px` }} />}
          {rows.length < total && (
            <li class="list-more" role="status" style={{ height: `${(total - rows.length) * guess}px` }}>
              {loadError ?? t('clients_loading_more')}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
