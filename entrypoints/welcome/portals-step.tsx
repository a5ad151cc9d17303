// Step 3: the court portals the user files through, ticked from the catalogue
// Options → Portals lists. Saving asks the browser once for exactly the
// ticked sites (inside the click, as the browser requires), then adds each
// with the message Options sends (addPortal). If the browser says no, or one
// cannot be added, nothing stays added.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { browserPortalApi } from '../../lib/background/portals';
import { t } from '../../lib/i18n/t';
import { stateName } from '../../lib/identity/courts';
import { send } from '../../lib/messaging/client';
import { catalogueByState } from '../../lib/sites/efiling/catalogue';
import { listOf, portalsToAdd } from './portal-choice';
import { messageOf, StepFrame, type StepProps } from './step-frame';

export function PortalsStep(props: StepProps) {
  /** Origins Rapport reads now (added, permission held), and every origin on the list (held or not). */
  const [enabled, setEnabled] = useState<Set<string> | null>(null);
  const [listed, setListed] = useState<Set<string>>(new Set());
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const take = (portals: { origin: string; granted: boolean }[]) => {
    setEnabled(new Set(portals.filter((p) => p.granted).map((p) => p.origin)));
    setListed(new Set(portals.map((p) => p.origin)));
  };

  useEffect(() => {
    send('listPortals', {}).then(
      (r) => take(r.portals),
      (e) => setError(messageOf(e)),
    );
  }, []);

  const tick = (host: string, on: boolean) => {
    setError('');
    setTicked((t) => {
      const next = new Set(t);
      if (on) next.add(host);
      else next.delete(host);
      return next;
    });
  };

  const save = () => {
    if (!enabled) return setError(t('welcome_portals_unreadable'));
    const plan = portalsToAdd(ticked, enabled, browserPortalApi.known());
    if (!plan.ok) return setError(plan.error);
    if (!plan.add.length) return props.onDone('unchanged');
    setError('');
    setBusy(true);
    // The request must be the click's first await: the browser shows its prompt only inside a user gesture.
    void browser.permissions
      .request({ origins: plan.add.map((p) => p.pattern) })
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setError(t('welcome_portals_refused', { sites: listOf(plan.add.map((p) => p.host)) }));
        const added: string[] = [];
        try {
          for (const p of plan.add) {
            await send('addPortal', { url: p.origin, efiling: p.efiling });
            added.push(p.origin);
          }
        } catch (x) {
          // All or none: take back the ones this save added (not ones that were on the list before).
          for (const origin of added.filter((o) => !listed.has(o))) await send('removePortal', { origin }).catch(() => {});
          setError(t('welcome_portals_failed', { error: messageOf(x) }));
          return;
        } finally {
          await send('listPortals', {}).then((r) => take(r.portals), () => {});
        }
        setTicked(new Set());
        props.onDone('saved');
      })
      .finally(() => setBusy(false));
  };

  return (
    <StepFrame {...props} id="step-portals" title={t('welcome_portals_title')} skippable nextLabel={t('welcome_save_continue')} busy={busy} errors={error ? [error] : undefined} onNext={save}>
      <p>{t('welcome_portals_body')}</p>
      {enabled && (
        <div class="portal-choices">
          {catalogueByState().map(([st, entries]) => (
            <fieldset key={st}>
              <legend>{stateName(st) ?? st.toUpperCase()}</legend>
              {entries.map((c) => {
                const on = enabled.has(`https://${c.host}`);
                const id = `portal-${c.host}`;
                return (
                  <div class="portal-choice" key={c.host}>
                    <input id={id} type="checkbox" checked={on || ticked.has(c.host)} disabled={on || busy} aria-describedby={`${id}-hint`} onChange={(e) => tick(c.host, e.currentTarget.checked)} />
                    <label for={id}>{c.name}</label>
                    <p class="hint" id={`${id}-hint`}>
                      {on ? t('welcome_portal_enabled', { host: c.host }) : c.host}
                    </p>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </div>
      )}
    </StepFrame>
  );
}
