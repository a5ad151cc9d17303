import { defineMessages } from '../define';

/** Texts of the welcome area; every key starts with `welcome_`. */
export const welcome = defineMessages({
});
