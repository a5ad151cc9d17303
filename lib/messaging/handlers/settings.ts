import { StoreError } from '../../db/errors';
import * as settings from '../../db/repos/settings';
import type { Settings } from '../../model/settings';
import type { HandlersFor } from './types';
import { t } from '../../i18n/t';

// Saves run one at a time, so two that started from the same version cannot
// both pass the check below before either is written (the background is the
// only writer of settings).
let queue: Promise<unknown> = Promise.resolve();

export const settingsHandlers: HandlersFor<'getSettings' | 'updateSettings'> = {
  async getSettings(_req, env) {
    return settings.getSettings(env.db);
  },

  /**
   * The router has validated the whole record; it replaces the stored one when
   * it was edited from the version now stored, and the version moves on. An
   * edit from an older version is refused: the editor shows both and lets the
   * user choose, rather than one Settings page silently undoing another.
   */
  async updateSettings({ settings: next }, env) {
    const run = queue.then(async (): Promise<Settings> => {
      const current = await settings.getSettings(env.db);
      if (next.version !== current.version)
        throw new StoreError('conflict', t('errors_settings_changed'));
      return settings.putSettings(env.db, { ...next, version: current.version + 1 });
    });
    queue = run.catch(() => {});
    return run;
  },
};
