import { defineMessages } from '../define';

/** Texts of the data area; every key starts with `data_`. */
export const data = defineMessages({
});
