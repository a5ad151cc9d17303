// The wizard's end: what Rapport is set to now, read back from where each
// setting is kept (not from what the steps remember), and the way to Options.
import { useEffect, useState } from 'preact/hooks';
import { readDisplay } from '../../lib/display/prefs';
import { t } from '../../lib/i18n/t';
import { send } from '../../lib/messaging/client';
import { messageOf } from './step-frame';
import { summaryOf, type Outcome, type StepKey, type SummaryRow } from './summary';

export function Finish(props: { active: boolean; outcomes: Partial<Record<StepKey, Outcome>>; onBack: () => void }) {
  const [rows, setRows] = useState<SummaryRow[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!props.active) return;
    Promise.all([send('listClients', { limit: 1 }), send('listPortals', {}), send('getSettings', {}), readDisplay()]).then(
      ([clients, portals, settings, display]) => {
        setRows(summaryOf({ clients: clients.total, portals: portals.portals, settings, display }, props.outcomes));
        setError('');
      },
      (e) => setError(messageOf(e)),
    );
  }, [props.active, props.outcomes]);

  return (
    <section class="step" hidden={!props.active} aria-labelledby="step-done-heading">
      <h2 id="step-done-heading" tabIndex={-1}>
        {t('welcome_done_title')}
      </h2>
      {error && (
        <p class="error-summary" role="alert">
          {error}
        </p>
      )}
      {rows && (
        <>
          <p>{t('welcome_done_body')}</p>
          <dl class="summary">
            {rows.map((r) => (
              <div key={r.key}>
                <dt>{r.label}</dt>
                <dd>
                  {r.value}
                  {r.note && <span class="summary-note"> — {r.note}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div class="wizard-actions">
        <button type="button" class="button-secondary" onClick={props.onBack}>
          {t('welcome_back')}
        </button>
        <span class="wizard-gap" />
        <a class="button" href="/options.html">
          {t('welcome_go_clients')}
        </a>
        <a class="button secondary" href="/options.html#settings">
          {t('welcome_open_settings')}
        </a>
      </div>
    </section>
  );
}
