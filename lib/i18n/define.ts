// The shape of Rapport's message catalogue. Every user-visible string lives in
// lib/i18n/messages/*.ts as one entry holding all its languages side by side,
// so a translator sees the English next to the Spanish and the type-checker
// refuses an entry that lacks a language. The build turns the catalogue into
// the browser's own `_locales/<lang>/messages.json` (lib/i18n/chrome-messages.ts),
// and pages read it through `browser.i18n` (lib/i18n/t.ts): nothing of it is
// bundled into a content script.
//
// Placeholders are written `{name}`. A plural entry gives a text per CLDR
// category (`one`, `other`, and `many` / `few` where a language has them);
// `{n}` in it is the count, formatted for the locale.

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Text = string | PluralText;

export type Entry = { readonly [L in Language]: Text } & { readonly note?: string };

/** Identity with a type check: every entry names every language. */
export function defineMessages<const T extends Record<string, Entry>>(messages: T): T {
  return messages;
}
