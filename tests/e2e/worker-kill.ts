// Stopping the extension's service worker as Chrome does to an idle or hung
// one (DevTools protocol Target.closeTarget on its target), and seeing
// whether one runs: for the specs that prove writes survive kills.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

async function workerTarget(cdp: CDPSession, extensionId: string): Promise<string | undefined> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))?.targetId;
}

/**
 * A DevTools session kept open on `page` for killing the worker at a moment
 * of the test's choosing: two protocol calls, no session to set up first.
 */
export async function workerKiller(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  return {
    /** Closes the extension's service worker; false when none was running. */
    async kill(): Promise<boolean> {
      const target = await workerTarget(cdp, extensionId);
      if (!target) return false;
      await cdp.send('Target.closeTarget', { targetId: target });
      return true;
    },
    /** Whether a service worker of the extension is running now. */
    running: async () => (await workerTarget(cdp, extensionId)) !== undefined,
    detach: () => cdp.detach().catch(() => {}),
  };
}
