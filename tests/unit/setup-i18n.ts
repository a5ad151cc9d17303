// WXT's fake browser leaves browser.i18n unimplemented. Unit tests read the
// English catalogue the way Chrome does: the messages.json the build ships
// (chromeMessages), with Chrome's substitution rules ($name$ → $1 → the value,
// $$ → $). The end-to-end tests read the real browser.i18n in Chromium.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages, type ChromeMessage } from '../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../lib/i18n/messages';

const english: Record<string, ChromeMessage> = chromeMessages(MESSAGES, 'en');

export function chromeGetMessage(messages: Record<string, ChromeMessage>, key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const byPosition = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => values[Number(d) - 1] ?? '');
  return m.message
    .replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (all, name: string | undefined) => {
      if (all === '$$') return '\u0000';
      const p = m.placeholders?.[name!.toLowerCase()];
      return p ? byPosition(p.content) : '';
    })
    .replace(/\u0000/g, '$');
}

function install(): void {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(english, key, subs);
  i18n.getUILanguage = () => 'en-US';
}
install();
const reset = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  reset();
  install();
};
