import { browser } from 'wxt/browser';
import type { ScreenContext } from '../../lib/sites/types';

/**
 * The tab the popup is about: the active tab of the window it opened over.
 * The test build alone (wxt build --mode e2e) also takes `popup.html?tab=<id>`,
 * because end-to-end tests open the popup as a page of its own; the shipped
 * build has no such override (tests/e2e/shipped-build.spec.ts).
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    const override = new URLSearchParams(search).get('tab');
    if (override !== null) {
      const id = Number(override);
      return Number.isInteger(id) && id >= 0 ? id : undefined;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What our content script on that tab sees, or null when there is none (a tab we don't run on, chrome:// …). */
export async function screenOfTab(tabId: number | undefined): Promise<ScreenContext | null> {
  if (tabId === undefined) return null;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'getScreenContext' })) as ScreenContext | null | undefined;
    return reply && typeof reply === 'object' && Array.isArray(reply.people) ? reply : null;
  } catch {
    return null;
  }
}
