import { StoreError } from '../../db/errors';
import { addPortal, markPortal, removePortal, syncPortals, type PortalApi } from '../../portals/user-portals';
import type { Env, HandlersFor } from './types';

function api(env: Env): PortalApi {
  if (!env.portals) throw new Error('No portal API in this context.'); // i18n-ignore: developer-only (the worker always passes one)
  return env.portals;
}

export const portalHandlers: HandlersFor<'listPortals' | 'addPortal' | 'removePortal' | 'markPortal'> = {
  async listPortals(_req, env) {
    return { portals: await syncPortals(env.db, api(env)) };
  },

  async addPortal({ url, efiling }, env) {
    const r = await addPortal(env.db, api(env), url, env.now(), efiling);
    // A refusal the user can act on; the options page shows the message as is.
    if ('error' in r) throw new StoreError('conflict', r.error);
    return { portals: r };
  },

  async removePortal({ origin }, env) {
    return { portals: await removePortal(env.db, api(env), origin) };
  },

  async markPortal({ origin, efiling }, env) {
    const r = await markPortal(env.db, api(env), origin, efiling);
    if ('error' in r) throw new StoreError('not-found', r.error);
    return { portals: r };
  },
};
