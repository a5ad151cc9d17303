import { cadenceOfAll, countByStatus, losingTouchOrder } from '../../background/losing-touch';
import { getSettings } from '../../db/repos/settings';
import type { HandlersFor } from './types';

export const keepInTouchHandlers: HandlersFor<'losingTouch'> = {
  async losingTouch({ limit }, env) {
    const settings = await getSettings(env.db);
    const all = await cadenceOfAll(env.db, settings.cadence, env.now());
    const { overdue, due } = countByStatus(all);
    return { clients: losingTouchOrder(all).slice(0, limit), overdue, due };
  },
};
