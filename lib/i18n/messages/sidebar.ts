import { defineMessages } from '../define';

/** Texts of the sidebar area; every key starts with `sidebar_`. */
export const sidebar = defineMessages({
  sidebar_check_in_with: { en: 'Check in with {name}', es: 'Hable con {name}', note: 'Heading of the notice that a client seems unhappy; {name} is the client.' },
  sidebar_days_ago: {
    en: { one: '{n} day ago', other: '{n} days ago' },
    es: { one: 'hace {n} día', other: 'hace {n} días' },
    note: 'Example of a counted text.',
  },
});
