// Filing statuses as portals word them, sorted into the few states Rapport acts
// on. Pure and zod-free: the content script (badge marker) and the background
// (flags, summaries) must agree, so both import this.
//
// Wording (HOST-PAGES.md, 2026-11): One Legal "In Progress", "Complete: Accepted
// by Court", "Rejected by Court" (also partial), "Cancelled: No Charges"; Tyler
// eFile Draft, Submitted, Under Review, Accepted, Rejected, Returned, Served;
// F&SX awaiting review / accepted / rejected; Green Filing Pending/Draft/
// Accepted/Rejected. "Returned" (for correction) is not called a rejection:
// precision first — only the word "reject" raises a flag.

export type FilingState = 'rejected' | 'accepted' | 'pending' | 'cancelled' | 'other';

export function filingState(status: string | undefined): FilingState {
  const s = (status ?? '').toLowerCase();
  if (/\breject/.test(s)) return 'rejected';
  if (/\bcancel/.test(s)) return 'cancelled';
  if (/\b(accept|complete|served|filed)/.test(s)) return 'accepted';
  if (/\b(progress|submit|review|pending|draft|awaiting|process|queued)/.test(s)) return 'pending';
  return 'other';
}

/** What a portal calls its row id, for summaries ("order 31845203"). */
export function refLabel(site: string): string {
  return site === 'one-legal' ? 'order' : site === 'odyssey' ? 'envelope' : site === 'fsx' ? 'transaction' : 'ref';
}
