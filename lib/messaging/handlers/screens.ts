// reportScreen: a content script says what its tab shows; the screen hub (set
// up by the background) passes it to that tab's sidebar page.
import type { HandlersFor } from './types';

export const screenHandlers: HandlersFor<'reportScreen'> = {
  async reportScreen(req, env) {
    const caller = env.caller;
    // The router lets only content scripts send this; without a hub (unit tests) nobody listens.
    if (!env.screens || (caller?.kind !== 'mail' && caller?.kind !== 'portal')) return { attached: false };
    return env.screens.report(caller, req);
  },
};
