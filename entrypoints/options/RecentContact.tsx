// The selected client's recent interactions (read-only) and a one-line
// "Log contact" form. Separate from the client form: logging must not save,
// or be blocked by, half-finished edits to the client.
import { useState } from 'preact/hooks';
import { RapportError, send } from '../../lib/messaging/client';
import type { ClientView } from '../../lib/messaging/protocol';
import { INTERACTION_LABELS, type InteractionKind } from '../../lib/model/interaction';
import { fullDate, isoDate } from './format';
import { t } from '../../lib/i18n/t';

const KINDS = Object.keys(INTERACTION_LABELS) as InteractionKind[];

interface Props {
  view: ClientView;
  onLogged: (view: ClientView) => void;
}

export function RecentContact({ view, onLogged }: Props) {
  const [kind, setKind] = useState<InteractionKind>('call');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const log = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const reply = await send('logInteraction', {
        interaction: { clientId: view.client.id, kind, at: Date.now(), summary: summary.trim(), source: 'options' },
      });
      setSummary('');
      setStatus(t('clients_logged', { kind: INTERACTION_LABELS[kind] }));
      onLogged(reply.view);
    } catch (err) {
      setError(err instanceof RapportError ? err.message : t('clients_error_log'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h3 id="recent-heading">{t('clients_recent')}</h3>
      {view.recent.length === 0 ? (
        <p class="empty-note">{t('clients_nothing_logged')}</p>
      ) : (
        <ol class="recent-list">
          {view.recent.map((i) => (
            <li key={i.id}>
              <p class="recent-line">
                <span class="recent-kind">{INTERACTION_LABELS[i.kind]}</span>
                <time dateTime={isoDate(i.at)}>{fullDate(i.at)}</time>
                {i.source && i.source !== 'manual' && <span class="recent-source">{t('clients_via', { source: i.source })}</span>}
              </p>
              {i.summary && <p class="recent-summary">{i.summary}</p>}
            </li>
          ))}
        </ol>
      )}

      <form class="log-row" aria-labelledby="log-heading" onSubmit={log}>
        <h4 id="log-heading">{t('clients_log_heading')}</h4>
        <div class="log-fields">
          <div class="field field-kind">
            <label for="log-kind">{t('clients_log_kind')}</label>
            <select id="log-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as InteractionKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {INTERACTION_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div class="field field-summary">
            <label for="log-summary">{t('clients_log_summary')}</label>
            <input
              id="log-summary"
              type="text"
              value={summary}
              maxLength={2000}
              autoComplete="off"
              onInput={(e) => setSummary(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button-secondary" aria-disabled={busy ? 'true' : undefined}>
            {t('clients_log_button')}
          </button>
        </div>
        {error ? (
          <p class="log-error" role="alert">
            {error}
          </p>
        ) : (
          <p class="log-status" role="status">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}
