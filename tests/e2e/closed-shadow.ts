import type { CDPSession, Page } from '@playwright/test';

// Playwright locators pierce only open shadow roots, and the shipped sidebar
// lives in a closed one. This helper reaches it the way DevTools does: CDP's
// DOM domain with pierce=true finds the root, Runtime.callFunctionOn queries
// inside it, and every action is a real mouse click or real key presses at the
// element's on-screen box — what a user does.

type Kind = 'button' | 'label' | 'text';

type DomNode = { nodeName: string; localName?: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };

const FIND = `function(kind, name) {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const all = [...this.querySelectorAll('*')];
  const named = (e) => norm(e.getAttribute('aria-label')) || norm(e.textContent);
  if (kind === 'label') {
    const labels = all.filter((e) => e.tagName === 'LABEL');
    const exact = labels.find((l) => norm(l.textContent) === name) ?? labels.find((l) => norm(l.textContent).startsWith(name));
    return exact ? exact.control ?? exact.querySelector('input,textarea,select') : null;
  }
  if (kind === 'button') {
    const clickable = all.filter((e) => e.tagName === 'BUTTON' || ['button', 'tab', 'link', 'menuitem'].includes(e.getAttribute('role')) || e.tagName === 'A');
    return clickable.find((e) => named(e) === name) ?? clickable.find((e) => named(e).startsWith(name)) ?? null;
  }
  const hits = all.filter((e) => e.tagName !== 'STYLE' && norm(e.textContent).includes(name));
  return hits.find((e) => ![...e.children].some((c) => norm(c.textContent).includes(name))) ?? null;
}`;

export class ClosedShadow {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly hostName: string,
  ) {}

  static async of(page: Page, hostName = 'rapport-sidebar'): Promise<ClosedShadow> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
    return new ClosedShadow(page, cdp, hostName);
  }

  /** The shadow root as a remote object, or null when the host is not on the page. */
  private async root(): Promise<string | null> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const stack: DomNode[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.localName === this.hostName && n.shadowRoots?.length) {
        const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: n.shadowRoots[0]!.backendNodeId });
        return object.objectId ?? null;
      }
      stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
    }
    return null;
  }

  private async call<T>(objectId: string, fn: string, args: unknown[] = [], byValue = true): Promise<{ value?: T; objectId?: string }> {
    const r = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: byValue,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in closed shadow: ${r.exceptionDetails.text}`);
    return { value: r.result.value as T, objectId: r.result.objectId };
  }

  async present(): Promise<boolean> {
    return (await this.root()) !== null;
  }

  /** What a user can read in the sidebar (styles excluded). */
  async text(): Promise<string> {
    const root = await this.root();
    if (!root) return '';
    const { value } = await this.call<string>(
      root,
      `function() { return [...this.children].filter((e) => e.tagName !== 'STYLE').map((e) => e.innerText ?? e.textContent).join('\\n'); }`,
    );
    return value ?? '';
  }

  private async find(kind: Kind, name: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const root = await this.root();
      if (root) {
        const { objectId } = await this.call(root, FIND, [kind, name], false);
        if (objectId) return objectId;
      }
      if (Date.now() > deadline) throw new Error(`No ${kind} “${name}” in the sidebar. It shows:\n${await this.text()}`);
      await this.page.waitForTimeout(100);
    }
  }

  private async clickObject(objectId: string) {
    await this.call(objectId, `function() { this.scrollIntoView({ block: 'center' }); }`);
    const { model } = await this.cdp.send('DOM.getBoxModel', { objectId });
    const q = model.content;
    await this.page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
  }

  async click(name: string): Promise<void> {
    await this.clickObject(await this.find('button', name));
  }

  /** Clicks into the field labelled `label`, clears it and types `value`. */
  async fill(label: string, value: string): Promise<void> {
    const id = await this.find('label', label);
    await this.clickObject(id);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (value) await this.page.keyboard.type(value);
  }

  /** Chooses an option of the select labelled `label` by its visible text. */
  async select(label: string, optionText: string): Promise<void> {
    const id = await this.find('label', label);
    const { value } = await this.call<boolean>(
      id,
      `function(t) { const o = [...this.options].find((o) => o.text.trim() === t); if (!o) return false; this.value = o.value; this.dispatchEvent(new Event('input', { bubbles: true })); this.dispatchEvent(new Event('change', { bubbles: true })); return true; }`,
      [optionText],
    );
    if (!value) throw new Error(`No option “${optionText}” in “${label}”`);
  }

  async value(label: string): Promise<string> {
    const { value } = await this.call<string>(await this.find('label', label), `function() { return this.value; }`);
    return value ?? '';
  }

  /** Waits until the sidebar's text contains `needle` (or matches it). */
  async waitForText(needle: string | RegExp, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const t = await this.text();
      if (typeof needle === 'string' ? t.includes(needle) : needle.test(t)) return t;
      if (Date.now() > deadline) throw new Error(`Sidebar never showed ${String(needle)}. It shows:\n${t}`);
      await this.page.waitForTimeout(100);
    }
  }

  async waitForNoText(needle: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const t = await this.text();
      if (!t.includes(needle)) return t;
      if (Date.now() > deadline) throw new Error(`Sidebar still shows ${needle}:\n${t}`);
      await this.page.waitForTimeout(100);
    }
  }
}
