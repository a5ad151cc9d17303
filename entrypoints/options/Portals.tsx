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
import { catalogueByState, type Platform } from '../../lib/sites/efiling/catalogue';
import { t } from '../../lib/i18n/t';
import './portals.css';

// Filer dashboards show each filing's status in a column: rejections there flag
// the client. Case-search portals list cases only, so they are not marked.
export const FILING_PLATFORMS = new Set<string>(['efile', 'florida-portal', 'truefiling']);

const messageOf = (e: unknown) => (e instanceof RapportError ? e.message : t('settings_portal_failed'));

/** What Rapport reads on each kind of catalogue portal. */
const READS: Record<Platform, () => string> = {
  'odyssey-portal': () => t('settings_reads_odyssey_portal'),
  'odyssey-public-access': () => t('settings_reads_odyssey_public_access'),
  efile: () => t('settings_reads_efile'),
  nyscef: () => t('settings_reads_nyscef'),
  'florida-portal': () => t('settings_reads_florida_portal'),
  truefiling: () => t('settings_reads_truefiling'),
};

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
        setError(t('settings_portal_permission_refused', { origin: check.origin }));
        return;
      }
      const r = await send('addPortal', { url: check.origin, efiling: asEfiling });
      setPortals(r.portals);
      after?.();
      setStatus(t('settings_portal_added', { origin: check.origin }));
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
      setStatus(next ? t('settings_portal_marked', { origin }) : t('settings_portal_unmarked', { origin }));
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
      setStatus(t('settings_portal_removed', { origin }));
    } catch (x) {
      setError(messageOf(x));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="kit-view portals" aria-labelledby="portals-heading">
      <h2 id="portals-heading">{t('settings_portals_heading')}</h2>
      <p class="kit-hint">{t('settings_portals_hint')}</p>
      <div class="form-section">
        <form class="portal-add" onSubmit={add} noValidate>
          <div class="field">
            <label htmlFor={inputId}>{t('settings_portal_address')}</label>
            <input
              id={inputId}
              type="url"
              inputMode="url"
              placeholder={t('settings_portal_address_example')}
              value={address}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
          </div>
          <div class="kit-check">
            <input id={efilingId} type="checkbox" checked={efiling} onChange={(e) => setEfiling(e.currentTarget.checked)} />
            <label for={efilingId}>{t('settings_portal_is_efiling')}</label>
            <p class="hint">{t('settings_portal_is_efiling_hint')}</p>
          </div>
          <button type="submit" class="button-primary" disabled={busy}>
            {t('settings_portal_add')}
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
        {portals && portals.length === 0 && <p class="empty-note">{t('settings_portals_none')}</p>}
        {portals && portals.length > 0 && (
          <ul class="portal-list" aria-label={t('settings_portals_added_list')}>
            {portals.map((p) => (
              <li key={p.origin}>
                <span class="portal-origin">{p.origin}</span>
                {!p.granted && <span class="portal-warn">{t('settings_portal_withdrawn')}</span>}
                <label class="portal-efiling">
                  <input type="checkbox" checked={p.efiling} disabled={busy} onChange={(e) => void mark(p.origin, e.currentTarget.checked)} />
                  {t('settings_portal_efiling')}
                </label>
                <button type="button" class="button-secondary" disabled={busy} aria-label={t('settings_portal_remove_named', { origin: p.origin })} onClick={() => void remove(p.origin)}>
                  {t('settings_portal_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="form-section">
        <h3 id="catalogue-heading" class="portal-catalogue-heading">{t('settings_catalogue_heading')}</h3>
        <p class="section-hint">{t('settings_catalogue_hint')}</p>
        <div class="portal-catalogue" aria-labelledby="catalogue-heading">
          {catalogueByState().map(([st, entries]) => (
            <section key={st} aria-label={stateName(st) ?? st.toUpperCase()}>
              <h4>{stateName(st) ?? st.toUpperCase()}</h4>
              <ul class="portal-list">
                {entries.map((c) => {
                  const origin = `https://${c.host}`;
                  const on = enabled.has(origin);
                  return (
                    <li key={c.host}>
                      <span class="portal-entry">
                        <strong>{c.name}</strong> <span class="portal-origin">{c.host}</span>
                        <span class="portal-reads">{READS[c.platform]()}</span>
                      </span>
                      {on ? (
                        <span class="portal-on">{t('settings_catalogue_enabled')}</span>
                      ) : (
                        <button type="button" class="button-secondary" disabled={busy} aria-label={t('settings_catalogue_enable_named', { name: c.name })} onClick={() => void enable(origin, FILING_PLATFORMS.has(c.platform))}>
                          {t('settings_catalogue_enable')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </section>
  );
}
