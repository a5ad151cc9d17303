import * as settings from '../../db/repos/settings';
import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<'getSettings' | 'updateSettings'> = {
  async getSettings(_req, env) {
    return settings.getSettings(env.db);
  },

  /** The router has validated the whole record; it replaces the stored one. */
  async updateSettings({ settings: next }, env) {
    return settings.putSettings(env.db, next);
  },
};
