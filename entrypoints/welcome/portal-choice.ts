// The portals step: which of the court portals the user ticked need adding,
// each checked as Options → Portals checks an address before the browser is
// asked for it, and marked as e-filing the way Options marks catalogue entries.
import { formatList } from '../../lib/i18n/format';
import { t } from '../../lib/i18n/t';
import { checkPortalUrl } from '../../lib/portals/user-portals';
import { catalogueEntry } from '../../lib/sites/efiling/catalogue';
import { FILING_PLATFORMS } from '../options/Portals';

export interface PortalToAdd {
  host: string;
  name: string;
  origin: string;
  /** The one origin the browser is asked for. */
  pattern: string;
  efiling: boolean;
}

/**
 * `ticked`: catalogue hosts the user ticked; `enabled`: origins Rapport already
 * reads (added, with the permission held); `known`: the match patterns the
 * manifest already covers. A host outside the catalogue or refused by the
 * address check makes the whole choice an error, so nothing is asked for.
 */
export function portalsToAdd(ticked: Iterable<string>, enabled: ReadonlySet<string>, known: readonly string[]): { ok: true; add: PortalToAdd[] } | { ok: false; error: string } {
  const add: PortalToAdd[] = [];
  for (const host of ticked) {
    const entry = catalogueEntry(host);
    if (!entry) return { ok: false, error: t('welcome_portal_unknown', { host }) };
    const check = checkPortalUrl(`https://${entry.host}`, known);
    if (!check.ok) return { ok: false, error: t('welcome_portal_refused', { portal: entry.name, error: check.error }) };
    if (enabled.has(check.origin) || add.some((p) => p.origin === check.origin)) continue;
    add.push({ host: entry.host, name: entry.name, origin: check.origin, pattern: check.pattern, efiling: FILING_PLATFORMS.has(entry.platform) });
  }
  return { ok: true, add };
}

/** "A", "A and B", "A, B, and C", as the language of the texts joins a list. */
export function listOf(names: readonly string[]): string {
  return formatList([...names]);
}
