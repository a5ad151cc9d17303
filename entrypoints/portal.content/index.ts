import { runPortal } from '../../components/overlay/run-portal';
import { siteForPage } from '../../lib/sites/efiling/pick';

// Portals the user added in options. Not in the manifest: the background
// registers it per portal with scripting.registerContentScripts once the user
// has granted that one origin (lib/background/portals.ts). No adapter knows
// these pages, so: tables with a case-number column are read like the known
// portals' lists, and case numbers anywhere else get badges from the scanner.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // No frame here (null): its sidebar opens in a window (screen-host.ts).
    void runPortal(ctx, (facts) => siteForPage(document, new URL(location.href), facts), null);
  },
});
