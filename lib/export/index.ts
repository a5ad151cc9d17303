// Export entry points for extension pages: the writers pull in papaparse or
// ical.js, so they load on first use, not with the page.
export const loadCsvExport = () => import('./csv');
export const loadVcardExport = () => import('./vcard');

/** `rapport-clients-2026-11-26.csv`: what the download is called. */
export function exportFileName(kind: 'clients' | 'interactions', ext: 'csv' | 'vcf', at: number): string {
  return `rapport-${kind}-${new Date(at).toISOString().slice(0, 10)}.${ext}`;
}
