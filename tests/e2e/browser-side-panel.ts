// The browser's own side panel, as the user sees it. Chromium shows it as a
// target of type "page" that Playwright does not attach to (it is not in
// context.pages()), so it is read over CDP: the page's session finds the
// target and attaches to it unflattened, and Runtime.evaluate travels inside
// Target.sendMessageToTarget (checked in Chromium 156). Only reads: everything
// the user does happens in the host page, with real input.
import type { CDPSession, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

type TargetInfo = { targetId: string; type: string; url: string };
type CdpReply = { id?: number; result?: { result?: { value?: unknown } }; error?: { message: string } };

export class BrowserSidePanel {
  private sessionId: string | undefined;
  private targetId: string | undefined;
  private next = 1;
  private readonly replies = new Map<number, (m: CdpReply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      const m = JSON.parse(e.message) as CdpReply;
      if (e.sessionId === this.sessionId && m.id !== undefined) this.replies.get(m.id)?.(m);
    });
    cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => {
      if (e.sessionId === this.sessionId) this.sessionId = this.targetId = undefined;
    });
  }

  /** `page`: any page of the context (its CDP session sees every target of the browser). */
  static async of(page: Page, extensionId: string): Promise<BrowserSidePanel> {
    return new BrowserSidePanel(await page.context().newCDPSession(page), extensionId);
  }

  private async target(): Promise<TargetInfo | undefined> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${this.extensionId}/sidepanel.html`));
  }

  /** The panel's page is loaded in the browser's side panel (not a tab of ours posing as one). */
  async isOpen(): Promise<boolean> {
    return (await this.target()) !== undefined;
  }

  /** What a user can read in the panel now ('' while it is closed). */
  async text(): Promise<string> {
    return String((await this.evaluate("document.querySelector('#app')?.innerText ?? ''")) ?? '');
  }

  /** An expression's value in the panel's page (awaited; undefined while it is closed). */
  async evaluate(expression: string): Promise<unknown> {
    const t = await this.target();
    if (!t) return undefined;
    if (t.targetId !== this.targetId) {
      const { sessionId } = (await this.cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
      this.sessionId = sessionId;
      this.targetId = t.targetId;
    }
    const id = this.next++;
    const reply = new Promise<CdpReply>((resolve) => this.replies.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId!,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const m = await reply;
    this.replies.delete(id);
    if (m.error) throw new Error(m.error.message);
    return m.result?.result?.value;
  }

  /** Waits until the panel shows `text`, and returns all it shows then. */
  async waitForText(text: string): Promise<string> {
    let last = '';
    let error = '';
    const read = () =>
      this.text().catch((e: Error) => {
        error = e.message;
        return '';
      });
    try {
      await expect.poll(async () => (last = await read()).includes(text)).toBe(true);
    } catch {
      throw new Error(`The side panel (${(await this.isOpen()) ? 'open' : 'closed'}) never showed “${text}”. It shows: “${last}”${error ? `; last error: ${error}` : ''}`);
    }
    return last;
  }

  detach = () => this.cdp.detach().catch(() => {});
}

/** How many side panels of ours the browser has open, as the extension itself counts them. */
export function openSidePanels(sw: Worker): Promise<number> {
  return sw.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
}
