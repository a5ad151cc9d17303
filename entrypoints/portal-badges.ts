// The badge itself (components/overlay/badge.ts), injected by the background
// (lib/background/inject.ts) into a portal frame's isolated world the first
// time a case number on the page belongs to a client: a page where none does
// never carries it. See lib/sites/efiling/injected.ts.
import { createBadge } from '../components/overlay/badge';
import type { InjectedExports } from '../components/overlay/run-portal';
import { INJECTED } from '../lib/sites/efiling/injected';

export default defineUnlistedScript(() => {
  (globalThis as { [INJECTED.badges]?: InjectedExports['badges'] })[INJECTED.badges] ??= createBadge;
});
