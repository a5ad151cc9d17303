import { defineMessages } from '../define';

/** Texts built by lib/identity for people read off a docket. Every key starts with `identity_`. */
export const identity = defineMessages({
  identity_counsel_for: {
    en: 'Counsel for {parties}',
    es: 'Abogado de {parties}',
    note: '{parties} are the docket’s own entries, in the court’s language (“Defendant Harbor Properties, LLC; Plaintiff Kevin Young”).',
  },
  identity_counsel_for_more: {
    en: { one: 'Counsel for {parties}; and {n} more', other: 'Counsel for {parties}; and {n} more' },
    es: { one: 'Abogado de {parties}; y {n} más', other: 'Abogado de {parties}; y {n} más' },
    note: '{parties} are the first three of the docket’s entries; {n} counts the rest.',
  },
  // Why the sidebar shows a client: fills {what} in “Matched on: {what}” (a list of these)
  identity_match_domain: { en: 'anyone at {domain}', es: 'cualquier persona de {domain}', note: '{domain} is an internet domain (acme.com).' },
  identity_match_name: { en: 'name “{name}”', es: 'nombre “{name}”' },
  identity_match_matter: { en: 'matter {code}', es: 'asunto {code}', note: '{code} is a matter or billing code.' },
  identity_match_case: { en: 'case {number}', es: 'caso {number}', note: '{number} is a case number.' },
});
