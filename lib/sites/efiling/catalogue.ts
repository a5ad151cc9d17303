// Known court portals outside the hosts Rapport's manifest already covers
// (*.uscourts.gov, *.tylerhost.net, *.tylertech.cloud, One Legal, F&SX): the
// court- and county-owned Odyssey portals and the statewide filing sites.
// Pure data with sources. Options → Portals lists them by state and enables one
// with a click (the optional-host-permission flow); the page's court (for
// court-aware matching) comes from here for these hosts.
//
// Sources: FORMATS.md §1–2 (workspace facts, 2026-11), which names its own:
// CS = biglocalnews/court-scraper `docs/odyssey_sites.csv` (2020 survey of Tyler
// sites), EPS = SuffolkLITLab/EfileProxyServer `TylerUrls.java`.

export type Platform = 'odyssey-portal' | 'odyssey-public-access' | 'efile' | 'nyscef' | 'florida-portal' | 'truefiling';

export interface CatalogueEntry {
  host: string;
  /** Two-letter state code (lower case). */
  state: string;
  /** County, when the portal serves one county. */
  county?: string;
  /** Who runs it, as users know it. */
  name: string;
  platform: Platform;
  source: string;
}

const CS = 'FORMATS.md §1 (court-scraper odyssey_sites.csv, 2020)';
const e = (host: string, state: string, name: string, platform: Platform, county?: string, source = CS): CatalogueEntry => ({
  host,
  state,
  name,
  platform,
  source,
  ...(county ? { county } : {}),
});

export const CATALOGUE: readonly CatalogueEntry[] = [
  e('portal.sbcourts.org', 'ca', 'Santa Barbara Superior Court', 'odyssey-portal', 'Santa Barbara'),
  e('cmportal.scscourt.org', 'ca', 'Santa Clara Superior Court', 'odyssey-portal', 'Santa Clara'),
  e('portal.santacruzcourt.org', 'ca', 'Santa Cruz Superior Court', 'odyssey-portal', 'Santa Cruz'),
  e('portal.stanct.org', 'ca', 'Stanislaus Superior Court', 'odyssey-portal', 'Stanislaus'),
  e('odyportal-ext.sanmateocourt.org', 'ca', 'San Mateo Superior Court', 'odyssey-portal', 'San Mateo'),
  e('odyprodportal.kern.courts.ca.gov', 'ca', 'Kern Superior Court', 'odyssey-portal', 'Kern'),
  e('portal.napa.courts.ca.gov', 'ca', 'Napa Superior Court', 'odyssey-portal', 'Napa'),
  e('cmsportal.sonomacourt.org', 'ca', 'Sonoma Superior Court', 'odyssey-portal', 'Sonoma'),
  e('www.truefiling.com', 'ca', 'TrueFiling (California Supreme Court and Courts of Appeal)', 'truefiling', undefined, 'FORMATS.md §2'),
  e('ccmspa.pinellascounty.org', 'fl', 'Pinellas County Clerk', 'odyssey-public-access', 'Pinellas'),
  e('www.myflcourtaccess.com', 'fl', 'Florida Courts E-Filing Portal', 'florida-portal', undefined, 'FORMATS.md §2'),
  e('cmsportal.chathamcounty.org', 'ga', 'Chatham County Courts', 'odyssey-portal', 'Chatham'),
  e('ody.dekalbcountyga.gov', 'ga', 'DeKalb County Courts', 'odyssey-portal', 'DeKalb'),
  e('publicrecordsaccess.fultoncountyga.gov', 'ga', 'Fulton County Courts', 'odyssey-portal', 'Fulton'),
  e('kanecoportal.co.kane.il.us', 'il', 'Kane County Circuit Clerk', 'odyssey-portal', 'Kane'),
  e('www.clarkcountycourts.us', 'nv', 'Clark County Courts (Eighth Judicial District)', 'odyssey-portal', 'Clark'),
  e('justicecourts.washoecounty.us', 'nv', 'Washoe County Justice Courts', 'odyssey-portal', 'Washoe'),
  e('iapps.courts.state.ny.us', 'ny', 'NYSCEF (New York State Courts Electronic Filing)', 'nyscef', undefined, 'FORMATS.md §2'),
  e('webportal.courts.oregon.gov', 'or', 'Oregon Judicial Department', 'odyssey-portal'),
  e('publicportal.courts.ri.gov', 'ri', 'Rhode Island Judiciary', 'odyssey-portal'),
  e('efile.txcourts.gov', 'tx', 'eFileTexas', 'efile', undefined, 'FORMATS.md §2'),
  e('research.txcourts.gov', 'tx', 're:SearchTX', 'odyssey-portal', undefined, 'FORMATS.md §2'),
  e('public.austincounty.com', 'tx', 'Austin County', 'odyssey-portal', 'Austin'),
  e('portal.co.cameron.tx.us', 'tx', 'Cameron County', 'odyssey-portal', 'Cameron'),
  e('justice1.dentoncounty.com', 'tx', 'Denton County', 'odyssey-portal', 'Denton'),
  e('casesearch.epcounty.com', 'tx', 'El Paso County', 'odyssey-portal', 'El Paso'),
  e('tylerpaw.co.fort-bend.tx.us', 'tx', 'Fort Bend County', 'odyssey-portal', 'Fort Bend'),
  e('courts.co.kerr.tx.us', 'tx', 'Kerr County', 'odyssey-portal', 'Kerr'),
  e('odyssey.mctx.org', 'tx', 'Montgomery County', 'odyssey-portal', 'Montgomery'),
  e('odysseypa.smith-county.com', 'tx', 'Smith County', 'odyssey-portal', 'Smith'),
  e('judicialrecords.wilco.org', 'tx', 'Williamson County', 'odyssey-portal', 'Williamson'),
  e('publicportal.courts.vt.gov', 'vt', 'Vermont Judiciary', 'odyssey-portal'),
  e('odysseyportal.courts.wa.gov', 'wa', 'Washington Courts (statewide Odyssey Portal)', 'odyssey-portal'),
];

const BY_HOST = new Map(CATALOGUE.map((c) => [c.host, c]));

/** The catalogue entry for a host (with or without "www."). */
export const catalogueEntry = (host: string): CatalogueEntry | undefined =>
  BY_HOST.get(host.toLowerCase()) ?? BY_HOST.get(`www.${host.toLowerCase()}`) ?? BY_HOST.get(host.toLowerCase().replace(/^www\./, ''));

/** Entries grouped by state, states in alphabetical order. */
export function catalogueByState(): [string, CatalogueEntry[]][] {
  const m = new Map<string, CatalogueEntry[]>();
  for (const c of CATALOGUE) m.set(c.state, [...(m.get(c.state) ?? []), c]);
  return [...m].sort(([a], [b]) => a.localeCompare(b));
}
