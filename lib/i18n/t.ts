// Reading the catalogue at run time, in extension pages, the worker and
// content scripts alike: `browser.i18n` serves the built `_locales`, so no
// page carries the texts in its bundle and the browser picks the language
// (the browser's own UI language, English when we lack it).
//
// Keys and placeholder names are checked by the type-checker against the
// catalogue's English: `t('sidebar_last_contact', { when })` fails to compile
// when the message has no `{when}` or needs another name.
import { browser } from 'wxt/browser';
import type { PluralText } from './define';
import type { MESSAGES } from './messages';

type Catalogue = typeof MESSAGES;
type English<K extends keyof Catalogue> = Catalogue[K]['en'];
type Names<S> = S extends `${string}{${infer N}}${infer R}` ? N | Names<R> : never;
type TextNames<T> = T extends string ? Names<T> : T extends PluralText ? Names<T[keyof T]> : never;

export type StringKey = { [K in keyof Catalogue]: English<K> extends string ? K : never }[keyof Catalogue];
export type PluralKey = Exclude<keyof Catalogue, StringKey>;
export type MessageKey = keyof Catalogue;
type Value = string | number;
type VarsArg<N extends string> = [N] extends [never] ? [] : [vars: Record<N, Value>];

let language: string | undefined;
/**
 * The language dates and numbers are written in: the language of the texts
 * the browser picked from `_locales` (its `common_locale` message), with the
 * browser's region when it speaks that language ("en-GB" orders dates the
 * British way). `i18n.getUILanguage()` is not used: in headless Chromium it
 * can say "en-US" while the messages come from another locale.
 */
export function uiLanguage(): string {
  if (language) return language;
  let texts = 'en';
  try {
    const getMessage = browser.i18n.getMessage as (name: string) => string | undefined;
    texts = getMessage('common_locale') || 'en';
  } catch {
    // no i18n API (a unit test without the shim): English
  }
  const browserLanguage = typeof navigator === 'undefined' ? '' : navigator.language;
  language = browserLanguage.split('-')[0] === texts ? browserLanguage : texts;
  return language;
}

function number(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

function lookup(key: string, vars: Record<string, Value> | undefined): string {
  // Substitutions go in the order chrome-messages.ts numbered them: names sorted.
  const subs = vars ? Object.keys(vars).sort().map((n) => { const v = vars[n]!; return typeof v === 'number' ? number(v) : v; }) : undefined;
  // The browser's typings list only the predefined @@ names; ours come from the catalogue.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string | undefined;
  return getMessage(key, subs) ?? '';
}

/** A text from the catalogue. A missing message shows its key, never nothing. */
export function t<K extends StringKey>(key: K, ...vars: VarsArg<TextNames<English<K>>>): string {
  return lookup(key, vars[0]) || key;
}

let rules: Intl.PluralRules | undefined;
/** A counted text: the plural category of `count` in the browser's language; `{n}` is the count. */
export function tn<K extends PluralKey>(key: K, count: number, ...vars: VarsArg<Exclude<TextNames<English<K>>, 'n'>>): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  const all = { ...(vars[0] as Record<string, Value> | undefined), n: count };
  return lookup(`${key}__${rules.select(count)}`, all) || lookup(`${key}__other`, all) || key;
}

/** For tests: forget the cached language (a test may switch the fake browser's). */
export function resetLanguageForTests(): void {
  language = undefined;
  rules = undefined;
}
