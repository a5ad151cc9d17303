import type { ElementHandle, Frame, Page } from '@playwright/test';

// The sidebar is an extension page: a frame the content script puts inside a
// closed shadow root (Gmail, Outlook, known portals), or a window of its own
// (portals the user added). The host page cannot reach into it; Playwright can,
// through page.frames(), the same way DevTools lists every frame of a tab. Every
// action is what a user does: a real mouse click on the element's box, real
// key presses into a field.

type Kind = 'button' | 'label';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The sidebar page's frame in `page`, or `page` itself when it is a sidebar window. */
export function sidebarFrameOf(page: Page): Frame | undefined {
  if (page.url().includes('/sidebar.html')) return page.mainFrame();
  return page.frames().find((f) => f.url().includes('/sidebar.html'));
}

async function poll<T>(what: () => Promise<T | undefined | null>, timeout: number, fail: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await what().catch(() => undefined);
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > deadline) throw new Error(await fail());
    // Not a timing assumption: a state check, repeated until it holds or the deadline passes.
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class SidebarFrame {
  private constructor(private readonly page: Page) {}

  /** Waits until the sidebar page has loaded in `page` (its frame, or the page itself). */
  static async of(page: Page, timeout = 30_000): Promise<SidebarFrame> {
    const s = new SidebarFrame(page);
    await s.frame(timeout);
    return s;
  }

  async frame(timeout = 30_000): Promise<Frame> {
    return poll(
      async () => {
        const f = sidebarFrameOf(this.page);
        // Rendered: the Preact root has content.
        return f && (await f.evaluate(() => !!document.querySelector('#app > *'))) ? f : undefined;
      },
      timeout,
      async () => `No Rapport sidebar in ${this.page.url()}. Frames: ${this.page.frames().map((f) => f.url()).join(', ')}`,
    );
  }

  present(): boolean {
    return !!sidebarFrameOf(this.page);
  }

  /** What a user can read in the sidebar. */
  async text(): Promise<string> {
    const f = sidebarFrameOf(this.page);
    if (!f) return '';
    return f.evaluate(() => document.body.innerText).catch(() => '');
  }

  private async find(kind: Kind, name: string): Promise<ElementHandle<Element>> {
    return poll(
      async () => {
        const f = await this.frame();
        const h = await f.evaluateHandle(
          ([k, n]) => {
            const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
            const all = [...document.body.querySelectorAll('*')];
            const named = (e: Element) => clean(e.getAttribute('aria-label')) || clean(e.textContent);
            if (k === 'label') {
              const labels = all.filter((e): e is HTMLLabelElement => e.tagName === 'LABEL');
              const l = labels.find((x) => clean(x.textContent) === n) ?? labels.find((x) => clean(x.textContent).startsWith(n));
              return l ? (l.control ?? l.querySelector('input,textarea,select')) : null;
            }
            const clickable = all.filter((e) => e.tagName === 'BUTTON' || e.tagName === 'A' || ['button', 'tab', 'link', 'menuitem'].includes(e.getAttribute('role') ?? ''));
            const visible = clickable.filter((e) => (e as HTMLElement).offsetParent !== null || e === document.activeElement);
            return visible.find((e) => named(e) === n) ?? visible.find((e) => named(e).startsWith(n)) ?? null;
          },
          [kind, name] as const,
        );
        const el = h.asElement();
        return el ?? undefined;
      },
      10_000,
      async () => `No ${kind} “${name}” in the sidebar. It shows:\n${await this.text()}`,
    );
  }

  async click(name: string): Promise<void> {
    await (await this.find('button', name)).click();
  }

  /** Clicks into the field labelled `label`, clears it and types `value` key by key. */
  async fill(label: string, value: string): Promise<void> {
    const field = await this.find('label', label);
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (value) await this.page.keyboard.type(value);
  }

  /** Chooses an option of the select labelled `label` by its visible text. */
  async select(label: string, optionText: string): Promise<void> {
    const field = await this.find('label', label);
    await field.selectOption({ label: optionText });
  }

  async value(label: string): Promise<string> {
    const field = await this.find('label', label);
    return field.evaluate((e) => (e as HTMLInputElement).value);
  }

  /** Waits until the sidebar's text contains `needle` (or matches it). */
  async waitForText(needle: string | RegExp, timeout = 30_000): Promise<string> {
    let last = '';
    return poll(
      async () => {
        last = await this.text();
        return (typeof needle === 'string' ? last.includes(needle) : needle.test(last)) ? last : undefined;
      },
      timeout,
      async () => `Sidebar never showed ${String(needle)}. It shows:\n${norm(last) ? last : '(nothing)'}`,
    );
  }

  async waitForNoText(needle: string, timeout = 30_000): Promise<string> {
    let last = '';
    return poll(
      async () => {
        last = await this.text();
        return last.includes(needle) ? undefined : last || ' ';
      },
      timeout,
      async () => `Sidebar still shows ${needle}:\n${last}`,
    );
  }
}
