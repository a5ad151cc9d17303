// The user's own firm. Colleagues are never offered as new clients, and the
// sidebar says nothing about them (or "colleague" when they are co-counsel on
// a matter). Settings will hold the firm's domains, guessed from the signed-in
// address and confirmed by the user, plus any colleague addresses on public
// mail (a solo lawyer on gmail.com has colleagues only by address).
import { isFreeMailDomain } from './free-mail';
import { emailDomain, normaliseEmail } from './normalise';
import { t } from '../i18n/t';

const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

// Hosts whose subdomains belong to different organisations: a firm's domain is
// never the shared parent itself (Microsoft 365 tenants, Google groups).
const SHARED_PARENTS = new Set(['onmicrosoft.com', 'googlegroups.com', 'mail.onmicrosoft.com']);

export type FirmDomainCheck = { ok: true; domain: string } | { ok: false; message: string };

/** Validates a firm domain the user typed ("@smithlaw.com" and "SmithLaw.com" are fine). */
export function checkFirmDomain(raw: string): FirmDomainCheck {
  const d = raw.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (!DOMAIN.test(d)) return { ok: false, message: t('errors_firm_not_domain', { value: raw.trim() }) };
  if (isFreeMailDomain(d))
    return { ok: false, message: t('errors_firm_public', { domain: d }) };
  if (SHARED_PARENTS.has(d)) return { ok: false, message: t('errors_firm_shared', { domain: d }) };
  return { ok: true, domain: d };
}

/** The firm's domain as far as the signed-in address tells; null for public mail or nothing usable. */
export function guessFirmDomain(signedIn: string | undefined | null): string | null {
  const e = signedIn ? normaliseEmail(signedIn) : null;
  const d = e ? emailDomain(e) : null;
  if (!d) return null;
  const checked = checkFirmDomain(d);
  return checked.ok ? checked.domain : null;
}

export interface Firm {
  domains: readonly string[];
  /** Colleagues' own addresses, for those on public mail or another domain. */
  addresses?: readonly string[];
}

/**
 * True for an address at the firm: one of its domains or their subdomains, or
 * a colleague's listed address. A public mail domain never makes anyone a
 * colleague, even if one slipped into the settings.
 */
export function isColleague(address: string, firm: Firm): boolean {
  const e = normaliseEmail(address);
  if (!e) return false;
  if (firm.addresses?.some((a) => normaliseEmail(a) === e)) return true;
  const d = emailDomain(e);
  if (!d || isFreeMailDomain(d)) return false;
  return firm.domains.some((raw) => {
    const f = raw.trim().toLowerCase().replace(/^@/, '');
    return !!f && !isFreeMailDomain(f) && (d === f || d.endsWith('.' + f));
  });
}
