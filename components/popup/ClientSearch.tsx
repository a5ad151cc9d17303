import type { Ref } from 'preact';
import { t, tn } from '../../lib/i18n/t';
import { ClientLine } from './ClientLine';
import type { ClientBrief } from './format';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  /** undefined while nothing has been searched. */
  results: ClientBrief[] | undefined;
  total: number;
  error: string | null;
  selectedId: string | undefined;
  onChoose: (c: ClientBrief) => void;
  now: number;
  inputRef?: Ref<HTMLInputElement>;
}

export function ClientSearch(p: Props) {
  const q = p.query.trim();
  return (
    <section class="popup-section" aria-labelledby="search-heading">
      <h2 id="search-heading" class="visually-hidden">
        {t('popup_search')}
      </h2>
      <div class="field">
        <label for="client-search">{t('popup_search_clients')}</label>
        <input
          ref={p.inputRef}
          id="client-search"
          type="search"
          value={p.query}
          placeholder={t('popup_search_placeholder')}
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => p.onQuery(e.currentTarget.value)}
        />
      </div>
      {p.error && (
        <p class="popup-error" role="alert">
          {p.error}
        </p>
      )}
      {q && p.results && p.results.length === 0 && !p.error && <p class="muted">{t('popup_no_match', { query: q })}</p>}
      {q && p.results && p.results.length > 0 && (
        <>
          <ul class="pick-list" aria-label={t('popup_search_results')}>
            {p.results.map((c) => (
              <li key={c.id}>
                <button type="button" class="pick" aria-pressed={c.id === p.selectedId} onClick={() => p.onChoose(c)}>
                  <ClientLine client={c} now={p.now} />
                </button>
              </li>
            ))}
          </ul>
          {p.total > p.results.length && <p class="muted">{tn('popup_more_refine', p.total - p.results.length)}</p>}
        </>
      )}
    </section>
  );
}
