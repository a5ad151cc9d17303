import { useEffect, useRef, useState } from 'preact/hooks';
import { shownName, sinceVersusCadence, STATUS_LABELS } from '../../components/popup/format';
import { RapportError, send } from '../../lib/messaging/client';
import type { LosingTouchReply } from '../../lib/messaging/protocol';
import { fullDate, isoDate, relativeContact } from './format';
import { t } from '../../lib/i18n/t';

/** Everyone due or overdue, most overdue first (options.html#losing-touch). */
export function LosingTouch({ onOpen, changed }: { onOpen: (id: string) => void; changed?: unknown }) {
  const [data, setData] = useState<LosingTouchReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      send('losingTouch', { limit: 500 }).then(
        (r) => {
          if (!live) return;
          setData(r);
          setError(null);
        },
        (e) => live && setError(e instanceof RapportError ? e.message : t('clients_error_load_list')),
      );
    void load();
    // Calls logged from the popup or the sidebar while this page is open.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [changed]);

  useEffect(() => heading.current?.focus(), []);

  const now = Date.now();
  return (
    <main id="losing-touch" class="kit-view" aria-labelledby="losing-touch-heading">
      <h2 id="losing-touch-heading" tabIndex={-1} ref={heading}>
        {t('clients_losing_touch')}
      </h2>
      <p class="kit-hint" role="status">
        {data
          ? data.overdue || data.due
            ? t('clients_losing_touch_summary', { overdue: data.overdue, due: data.due })
            : t('clients_all_on_track')
          : error
            ? ''
            : t('common_loading')}
      </p>
      {error && (
        <p class="list-error" role="alert">
          {error}
        </p>
      )}
      {data && data.clients.length > 0 && (
        <table class="kit-table">
          <thead>
            <tr>
              <th scope="col">{t('clients_col_client')}</th>
              <th scope="col">{t('clients_col_status')}</th>
              <th scope="col">{t('clients_col_since')}</th>
              <th scope="col">{t('clients_col_last')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('clients_col_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.clients.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {shownName(c)}
                  {c.organisation && <span class="kit-org">{c.organisation}</span>}
                </th>
                <td>
                  <span class={`cadence cadence-${c.cadence.status}`}>{STATUS_LABELS[c.cadence.status]}</span>
                </td>
                <td>{sinceVersusCadence(c.cadence)}</td>
                <td>
                  {c.lastContact !== undefined && (
                    <time dateTime={isoDate(c.lastContact)} title={fullDate(c.lastContact)}>
                      {relativeContact(c.lastContact, now, c.cadence.daysSince)}
                    </time>
                  )}
                </td>
                <td>
                  <button type="button" class="button-secondary" aria-label={t('clients_open_named', { name: c.name })} onClick={() => onOpen(c.id)}>
                    {t('clients_open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
