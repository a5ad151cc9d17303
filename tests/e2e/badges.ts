// Reading Rapport's badges the way DevTools can: CDP pierces the closed shadow
// roots that page scripts cannot. For each badge: its row's first cell and its
// column's header (real rows, or the counted rows of a grid without role=row),
// the pill's text and accessible label, the hint under it, and its button for a
// real mouse click.
import type { CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';

type DomNode = { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
export type BadgeInfo = { row: string; column: string; text: string; label: string; hint: string; objectId: string };

const sessions = new WeakMap<Page, CDPSession>();
async function cdpOf(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

async function call<T>(cdp: CDPSession, objectId: string, fn: string, byValue = true) {
  const r = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: fn, returnByValue: byValue });
  return { value: r.result.value as T, objectId: r.result.objectId };
}

// Runs in the page on the badge's host span: the row (real or counted) and the column header.
const WHERE = `function () {
  const cell = this.closest('td,th,[role=cell],[role=gridcell]');
  const row = this.closest('tr,[role=row]');
  if (row) {
    const cells = [...row.children];
    const table = row.closest('table,[role=grid],[role=table]');
    const head = table && [...table.querySelectorAll('th,[role=columnheader]')];
    return { row: cells[0].textContent.trim(), column: head && cell ? (head[cells.indexOf(cell)] || {}).textContent || '' : '' };
  }
  if (!cell) return { row: '', column: '' };
  const all = [...cell.parentElement.children];
  const n = all.filter((c) => c.getAttribute('role') === 'columnheader').length;
  const i = all.indexOf(cell);
  return { row: all[i - (i % n)].textContent.trim(), column: all[i % n].textContent.trim() };
}`;

export async function badges(page: Page): Promise<BadgeInfo[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: BadgeInfo[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.attributes?.includes('data-rapport-badge') && n.shadowRoots?.length) {
      const host = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendNodeId });
      const shadow = await cdp.send('DOM.resolveNode', { backendNodeId: n.shadowRoots[0]!.backendNodeId });
      const where = await call<{ row: string; column: string }>(cdp, host.object.objectId!, WHERE);
      const info = await call<{ text: string; label: string; hint: string }>(
        cdp,
        shadow.object.objectId!,
        `function() { const b = this.querySelector('button'); return { text: b.textContent, label: b.getAttribute('aria-label'), hint: this.querySelector('[role=status]')?.textContent ?? '' }; }`,
      );
      const btn = await call(cdp, shadow.object.objectId!, `function() { return this.querySelector('button'); }`, false);
      out.push({ ...where.value, ...info.value, objectId: btn.objectId! });
    }
    stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
  }
  return out.sort((a, b) => a.row.localeCompare(b.row) || a.column.localeCompare(b.column));
}

/**
 * Waits until the page shows exactly `n` badges. The overlay asks about every
 * number on the page in one message and places every answer in one pass, so
 * once the expected badges are there, no other badge is still to come.
 */
export async function waitForBadges(page: Page, n: number): Promise<BadgeInfo[]> {
  await expect.poll(async () => (await badges(page)).length, { message: `expected ${n} badges` }).toBe(n);
  return badges(page);
}

/** A real mouse click at the badge's on-screen box. */
export async function clickBadge(page: Page, b: BadgeInfo) {
  const cdp = await cdpOf(page);
  await call(cdp, b.objectId, `function() { this.scrollIntoView({ block: 'center' }); }`);
  const { model } = await cdp.send('DOM.getBoxModel', { objectId: b.objectId });
  const q = model.content;
  await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
}
