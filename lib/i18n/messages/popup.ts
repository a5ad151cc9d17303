import { defineMessages } from '../define';

/** Texts of the popup area; every key starts with `popup_`. */
export const popup = defineMessages({
});
