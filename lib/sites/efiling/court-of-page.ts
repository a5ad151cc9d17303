// The court a portal page belongs to, from its host alone (pure, cheap: the
// content script asks once per page). Numbers seen there are compared with
// matters in that court (identity/court-match.ts).
//   ecf.cand.uscourts.gov, pacer.nysb.uscourts.gov   → "cand", "nysb" (PACER court ids)
//   canapaportal.tylerhost.net, txkaufmanodyprod…   → "ca-napa", "tx-kaufman"
//     (Tyler's <st><county>portal / odyprod / prodportal names, FORMATS.md §1)
//   california.tylerhost.net, efilega.tylerhost.net → "ca", "ga" (eFile, one per state)
//   catalogue hosts                                 → their state and county
// Anything else (One Legal, F&SX, a portal the user added): unknown.

import { courtKind, FEDERAL_COURTS, stateCourt } from '../../identity/courts';
import { catalogueEntry } from './catalogue';

const STATE_HOSTS: Record<string, string> = {
  california: 'ca', efilega: 'ga', georgia: 'ga', idaho: 'id', illinois: 'il', indiana: 'in', louisiana: 'la', maine: 'me',
  maryland: 'md', efilemd: 'md', massachusetts: 'ma', efilema: 'ma', minnesota: 'mn', nevada: 'nv', newhampshire: 'nh',
  newmexico: 'nm', northdakota: 'nd', ohio: 'oh', oregon: 'or', rhodeisland: 'ri', southdakota: 'sd', tennessee: 'tn',
  vermont: 'vt', virginia: 'va', texas: 'tx', researchga: 'ga', researchil: 'il', ohcourtportal: 'oh',
  // The D.C. Superior Court's case search (portal-dc.tylertech.cloud/Portal, linked from dccourts.gov's civil FAQ).
  'portal-dc': 'dc',
};

export function courtOfHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  const pacer = /^(?:ecf|pacer)\.([a-z0-9]+)\.uscourts\.gov$/.exec(host);
  if (pacer) return FEDERAL_COURTS.has(pacer[1]!) ? pacer[1] : undefined;
  const tyler = /^([a-z0-9-]+)\.(?:tylerhost\.net|tylertech\.cloud)$/.exec(host);
  if (tyler) {
    // Non-production suffixes: california-stage, illinois-test, california-efm-test.
    const name = tyler[1]!.replace(/-(?:efm-)?(?:stage|test|train|uat|\w*env\w*)$/, '').replace(/-efm$/, '');
    if (STATE_HOSTS[name]) return STATE_HOSTS[name];
    const county = /^([a-z]{2})([a-z]+?)(?:prodportal|odyprod|portal|prod)$/.exec(name);
    if (county && county[2]!.length > 2) return stateCourt(county[1]!, county[2]);
    return undefined;
  }
  const c = catalogueEntry(host);
  return c && stateCourt(c.state, c.county);
}

/** True when bare `21-40123` numbers on this court's pages are case numbers (bankruptcy courts, courts of appeals). */
export const bareNumbersAreCases = (court: string | undefined): boolean =>
  !!court && (courtKind(court) === 'bankruptcy' || courtKind(court) === 'appeals');

export function courtOfPage(url: string | URL): string | undefined {
  try {
    return courtOfHost((typeof url === 'string' ? new URL(url) : url).hostname);
  } catch {
    return undefined;
  }
}
