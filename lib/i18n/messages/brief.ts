import { defineMessages } from '../define';

/** Texts of the brief area; every key starts with `brief_`. */
export const brief = defineMessages({
});
