// The catalogue (lib/i18n/messages) as the browser's `_locales/<lang>/messages.json`.
//
// `browser.i18n.getMessage(key, substitutions)` fills placeholders by position
// ($1…$9). Our texts name them instead (`{client}`), so each text's names are
// sorted alphabetically and numbered in that order; lib/i18n/t.ts sorts the
// caller's names the same way. The order never depends on where a name sits in
// a sentence, so a translation may move it.
//
// A plural entry becomes one message per category, `<key>__<category>`; its
// names are numbered over all its forms and the count `n`, since every form
// receives the same substitutions.
import { type Entry, type Language, type Text } from './define';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
/** Message names Chrome accepts (it compares them case-insensitively). */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/** The placeholder names in a text, sorted: the order substitutions are passed in. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

export function pluralCategories(text: Text): string[] {
  return typeof text === 'string' ? [] : Object.keys(text);
}

/** `names`: the entry's placeholder names in substitution order (see above). */
function one(text: string, names: string[], description: string | undefined): ChromeMessage {
  // A literal `$` is `$$` in messages.json; `{name}` becomes `$name$`.
  const message = text.replace(/\$/g, '$$$$').replace(PLACEHOLDER, (_, n: string) => `$${n}$`);
  const out: ChromeMessage = { message };
  if (description) out.description = description;
  if (names.length > 9) throw new Error(`more than 9 placeholders: ${text}`);
  const used = new Set(placeholderNames(text));
  const placeholders = names.flatMap((n, i) => (used.has(n) ? [[n.toLowerCase(), { content: `$${i + 1}` }] as const] : []));
  if (placeholders.length) out.placeholders = Object.fromEntries(placeholders);
  return out;
}

export function chromeMessages(catalogue: Record<string, Entry>, lang: Language): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, entry] of Object.entries(catalogue)) {
    if (!KEY_PATTERN.test(key)) throw new Error(`message key "${key}": lower-case letters, digits and _ only`);
    const text = entry[lang];
    if (typeof text === 'string') out[key] = one(text, placeholderNames(text), entry.note);
    else {
      // Every form of a counted text is filled with the same substitutions (t.ts
      // passes the count as `n` with the rest), so number the names over all
      // forms, `n` included, whether or not a given form shows them.
      const forms = Object.values(text).filter((t): t is string => t !== undefined);
      const names = [...new Set(['n', ...forms.flatMap(placeholderNames)])].sort();
      for (const [cat, t] of Object.entries(text)) if (t !== undefined) out[`${key}__${cat}`] = one(t, names, entry.note);
    }
  }
  return out;
}
