// The portal readers, injected by the background (lib/background/inject.ts)
// into a portal frame's isolated world when its content script is to read the
// page whole: a docket at load, or the popup asking who is on screen. They
// wait on that world's globalThis (lib/sites/efiling/injected.ts), where
// components/overlay/run-portal.ts finds them; the page's window never holds them.
import { READERS_BY_ID } from '../lib/sites/efiling/index';
import type { InjectedExports } from '../components/overlay/run-portal';
import { INJECTED } from '../lib/sites/efiling/injected';

export default defineUnlistedScript(() => {
  (globalThis as { [INJECTED.readers]?: InjectedExports['readers'] })[INJECTED.readers] ??= READERS_BY_ID;
});
