import { StoreError } from '../../db/errors';
import { addPortal, browserPortalApi, removePortal, syncPortals, type PortalApi } from '../../background/portals';
import type { Env, HandlersFor } from './types';

let api: PortalApi = browserPortalApi;
/** For unit tests. */
export const setPortalApi = (a: PortalApi) => void (api = a);
export const portalApi = () => api;

export const portalHandlers: HandlersFor<'listPortals' | 'addPortal' | 'removePortal'> = {
  async listPortals(_req, env: Env) {
    return { portals: await syncPortals(env.db, api) };
  },

  async addPortal({ url }, env) {
    const r = await addPortal(env.db, api, url, env.now());
    // A refusal the user can act on; the options page shows the message as is.
    if ('error' in r) throw new StoreError('conflict', r.error);
    return { portals: r };
  },

  async removePortal({ origin }, env) {
    return { portals: await removePortal(env.db, api, origin) };
  },
};
