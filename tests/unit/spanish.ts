// Reading the catalogue in Spanish in a unit test, the way Chrome serves it
// with --lang=es: the built es messages.json behind browser.i18n.getMessage.
// Call useSpanish() at the top of a describe (or file); each test then runs in
// Spanish and English comes back afterwards (tests/unit/setup-i18n.ts).
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages } from '../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../lib/i18n/messages';
import { resetLanguageForTests } from '../../lib/i18n/t';
import { chromeGetMessage } from './setup-i18n';

const spanish = chromeMessages(MESSAGES, 'es');

export function speakSpanish(): void {
  (fakeBrowser.i18n as unknown as Record<string, unknown>).getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(spanish, key, subs);
  resetLanguageForTests();
}

export function speakEnglish(): void {
  fakeBrowser.reset(); // setup-i18n puts the English getMessage back
  resetLanguageForTests();
}

export function useSpanish(): void {
  beforeEach(speakSpanish);
  afterEach(speakEnglish);
}
