import { defineMessages } from '../define';

/** Texts of the deadlines area; every key starts with `deadlines_`. */
export const deadlines = defineMessages({
});
