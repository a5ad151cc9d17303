import { losingTouchList } from '../../db/repos/cadence';
import type { HandlersFor } from './types';

export const keepInTouchHandlers: HandlersFor<'losingTouch'> = {
  /** Overdue clients first (longest overdue first), then due ones: read from the stats' cadence indexes. */
  async losingTouch({ limit }, env) {
    return losingTouchList(env.db, env.now(), limit);
  },
};
