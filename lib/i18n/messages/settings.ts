import { defineMessages } from '../define';

/** Texts of the settings area; every key starts with `settings_`. */
export const settings = defineMessages({
});
