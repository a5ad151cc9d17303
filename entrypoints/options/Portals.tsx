// Options → Settings → Portals: court or firm portals outside the hosts Rapport
// covers by itself. "Add portal" validates the address here (the permission
// request must happen inside the click), asks the browser for that one origin,
// then has the background register the scanner there; the catalogue of known
// court portals (lib/sites/efiling/catalogue.ts) does the same with one click
// per portal. "Remove" unregisters it and releases the permission. Nothing
// here ever asks for all sites.
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { browserPortalApi } from '../../lib/background/portals';
import { stateName } from '../../lib/identity/courts';
import { checkPortalUrl } from '../../lib/portals/user-portals';
import { RapportError, send } from '../../lib/messaging/client';
import type { UserPortal } from '../../lib/messaging/protocol';
import { catalogueByState, READS } from '../../lib/sites/efiling/catalogue';
import './portals.css';

// Filer dashboards show each filing's status in a column: rejections there flag
// the client. Case-search portals list cases only, so they are not marked.
export const FILING_PLATFORMS = new Set<string>(['efile', 'florida-portal', 'truefiling']);

const messageOf = (e: unknown) => (e instanceof RapportError ? e.message : 'Something went wrong. Nothing was changed.');

export function Portals() {
  const [portals, setPortals] = useState<UserPortal[] | null>(null);
  const [address, setAddress] = useState('');
  const [efiling, setEfiling] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const efilingId = useId();
  const errorId = useId();

  useEffect(() => {
    send('listPortals', {}).then(
      (r) => setPortals(r.portals),
      (e) => setError(messageOf(e)),
    );
  }, []);

  /** Validates, asks the browser for that one origin (inside the click), then registers it. */
  const enable = async (typed: string, asEfiling: boolean, after?: () => void) => {
    if (busy) return;
    setStatus('');
    const check = checkPortalUrl(typed, browserPortalApi.known());
    if (!check.ok) return setError(check.error);
    setError('');
    setBusy(true);
    try {
      // First await of the click: the browser only shows its prompt inside a user gesture.
      const granted = await browser.permissions.request({ origins: [check.pattern] });
      if (!granted) {
        setError(`Rapport needs your permission to read ${check.origin}. Nothing was added.`);
        return;
      }
      const r = await send('addPortal', { url: check.origin, efiling: asEfiling });
      setPortals(r.portals);
      after?.();
      setStatus(`Added ${check.origin}. Open or reload it to see Rapport there.`);
    } catch (x) {
      setError(messageOf(x));
    } finally {
      setBusy(false);
    }
  };

  const add = (e: Event) => {
    e.preventDefault();
    void enable(address, efiling, () => setAddress(''));
  };
  const enabled = new Set((portals ?? []).filter((p) => p.granted).map((p) => p.origin));

  const mark = async (origin: string, next: boolean) => {
    // The box shows the choice at once; the list the background answers with confirms it (or puts it back).
    setPortals((list) => list && list.map((p) => (p.origin === origin ? { ...p, efiling: next } : p)));
    setBusy(true);
    setError('');
    try {
      setPortals((await send('markPortal', { origin, efiling: next })).portals);
      setStatus(next ? `${origin} is marked as an e-filing portal.` : `${origin} is no longer marked as an e-filing portal.`);
    } catch (x) {
      setError(messageOf(x));
      setPortals((list) => list && list.map((p) => (p.origin === origin ? { ...p, efiling: !next } : p)));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (origin: string) => {
    setBusy(true);
    setError('');
    try {
      setPortals((await send('removePortal', { origin })).portals);
      setStatus(`Removed ${origin}; Rapport no longer reads it.`);
    } catch (x) {
      setError(messageOf(x));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="portals form-section" aria-labelledby="portals-heading">
      <h3 id="portals-heading">Portals</h3>
      <p class="section-hint">
        Rapport recognises One Legal, PACER CM/ECF, Tyler eFile / Odyssey and File &amp; ServeXpress by itself. Add another
        court or firm portal by its address: your browser asks once for permission to read that site, and only that site.
      </p>
      <form class="portal-add" onSubmit={add} noValidate>
        <div class="field">
          <label htmlFor={inputId}>Portal address</label>
          <input
            id={inputId}
            type="url"
            inputMode="url"
            placeholder="https://efile.example-court.gov"
            value={address}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </div>
        <div class="kit-check">
          <input id={efilingId} type="checkbox" checked={efiling} onChange={(e) => setEfiling(e.currentTarget.checked)} />
          <label for={efilingId}>It is an e-filing portal</label>
          <p class="hint">A filing its status column shows as rejected then flags the client. Leave it off for a portal that only lists cases.</p>
        </div>
        <button type="submit" class="button-primary" disabled={busy}>
          Add portal
        </button>
      </form>
      {error && (
        <p id={errorId} class="portal-error" role="alert">
          {error}
        </p>
      )}
      <p class="save-status" role="status">
        {status}
      </p>
      {portals && portals.length === 0 && <p class="empty-note">No portals added.</p>}
      {portals && portals.length > 0 && (
        <ul class="portal-list" aria-label="Added portals">
          {portals.map((p) => (
            <li key={p.origin}>
              <span class="portal-origin">{p.origin}</span>
              {!p.granted && <span class="portal-warn">Permission withdrawn in the browser — remove it and add it again.</span>}
              <label class="portal-efiling">
                <input type="checkbox" checked={p.efiling} disabled={busy} onChange={(e) => void mark(p.origin, e.currentTarget.checked)} />
                E-filing portal
              </label>
              <button type="button" class="button-secondary" disabled={busy} aria-label={`Remove ${p.origin}`} onClick={() => void remove(p.origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4 id="catalogue-heading" class="portal-catalogue-heading">Court portals Rapport knows</h4>
      <p class="section-hint">
        County and state court portals on their own domains. Enable one and your browser asks once for that site; Rapport then
        reads it like the portals above.
      </p>
      <div class="portal-catalogue" aria-labelledby="catalogue-heading">
        {catalogueByState().map(([st, entries]) => (
          <section key={st} aria-label={stateName(st) ?? st.toUpperCase()}>
            <h5>{stateName(st) ?? st.toUpperCase()}</h5>
            <ul class="portal-list">
              {entries.map((c) => {
                const origin = `https://${c.host}`;
                const on = enabled.has(origin);
                return (
                  <li key={c.host}>
                    <span class="portal-entry">
                      <strong>{c.name}</strong> <span class="portal-origin">{c.host}</span>
                      <span class="portal-reads">{READS[c.platform]}</span>
                    </span>
                    {on ? (
                      <span class="portal-on">Enabled</span>
                    ) : (
                      <button type="button" class="button-secondary" disabled={busy} aria-label={`Enable ${c.name}`} onClick={() => void enable(origin, FILING_PLATFORMS.has(c.platform))}>
                        Enable
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
