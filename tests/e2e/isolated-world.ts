import type { CDPSession, Page } from '@playwright/test';

// A content script runs in its own JavaScript world inside the page, with the
// extension's messaging API. A compromised renderer could run anything there,
// so tests run code in that world the way DevTools does: CDP lists the
// execution contexts of the page, and Runtime.evaluate takes the id of the
// isolated one that Chromium names after the extension.

type Context = { id: number; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } };

export interface ContentWorld {
  cdp: CDPSession;
  contextId: number;
  /** Evaluates `expression` there (promises awaited); returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

async function contexts(page: Page): Promise<{ cdp: CDPSession; found: Context[] }> {
  const cdp = await page.context().newCDPSession(page);
  const found: Context[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => found.push(e.context));
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  return { cdp, found };
}

/** Rapport's content-script world in `page`'s top frame. */
export async function contentWorld(page: Page, name = 'Rapport'): Promise<ContentWorld> {
  const { cdp, found } = await contexts(page);
  const top = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const ctx = found.find((c) => c.auxData?.type === 'isolated' && c.name === name && c.auxData.frameId === top);
  if (!ctx) throw new Error(`No “${name}” content-script world in ${page.url()}: ${JSON.stringify(found.map((c) => [c.name, c.auxData?.type]))}`);
  return {
    cdp,
    contextId: ctx.id,
    async evaluate<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    },
  };
}
