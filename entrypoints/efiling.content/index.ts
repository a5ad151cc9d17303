import { mountFrame } from '../../components/host/frame';
import { runPortal } from '../../components/overlay/run-portal';
import { EFILING_MATCHES, efilingSiteFor } from '../../lib/sites/efiling/pick';

// PACER CM/ECF, Tyler Odyssey / eFile, One Legal, File & ServeXpress. The match
// patterns are the extension's host permissions for these portals; within
// them (*.uscourts.gov is wider than ecf./pacer.) the host decides the reader.
export default defineContentScript({
  matches: EFILING_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    const site = efilingSiteFor(new URL(location.href));
    if (site) void runPortal(ctx, () => site, mountFrame);
  },
});
