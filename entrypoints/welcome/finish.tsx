// The wizard's end: what Rapport is set to now, read back from where each
// setting is kept (not from what the steps remember), and the way to Options.
import { useEffect, useState } from 'preact/hooks';
import { readDisplay } from '../../lib/display/prefs';
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
        You’re set
      </h2>
      {error && (
        <p class="error-summary" role="alert">
          {error}
        </p>
      )}
      {rows && (
        <>
          <p>This is how Rapport is set up now. Everything here can be changed in Options.</p>
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
          Back
        </button>
        <span class="wizard-gap" />
        <a class="button" href="/options.html">
          Go to my clients
        </a>
        <a class="button secondary" href="/options.html#settings">
          Open Settings
        </a>
      </div>
    </section>
  );
}
