import { defineMessages } from '../define';

/** Texts of the clients area; every key starts with `clients_`. */
export const clients = defineMessages({
});
