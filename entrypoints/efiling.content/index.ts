import { runPortal } from '../../components/overlay/run-portal';
import { EFILING_MATCHES, efilingAdapterFor } from '../../lib/sites/efiling/index';

// PACER CM/ECF, Tyler Odyssey / eFile, One Legal, File & ServeXpress. The match
// patterns are the extension's host permissions for these portals; within
// them (*.uscourts.gov is wider than ecf./pacer.) the adapter decides.
// Which pages could be about one case, by a look that costs a selector:
// pacer.read itself only looks at headings; odyssey.ts reads a register of
// actions from #caseInformationDiv (2018–2026) or .ssCaseDetailCaseNbr
// (classic). One Legal and F&SX have lists only.
const MAY_BE_DOCKET: Record<string, (doc: Document) => boolean> = {
  pacer: () => true,
  odyssey: (doc) => !!doc.querySelector('#caseInformationDiv, .ssCaseDetailCaseNbr'),
};

export default defineContentScript({
  matches: EFILING_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    const adapter = efilingAdapterFor(new URL(location.href));
    if (adapter) void runPortal(ctx, () => [adapter, MAY_BE_DOCKET[adapter.id] ?? (() => false)]);
  },
});
