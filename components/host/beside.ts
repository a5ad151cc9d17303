// Beside, not over: in Gmail and Outlook the expanded sidebar reserves its
// width, so the host's main column ends where the sidebar begins and no line of
// mail runs under it. One <style> of ours does it, holding only an attribute
// selector and widths, on the containers the site's finder picks by structure
// (marked with that attribute, as they have no stable class of their own).
//
// The margin is measured, not assumed: with our rule off, each container's
// right edge and own margin are read once, and the margin grows by exactly what
// overlaps the sidebar. Whether the host's layout obeys is checked the same
// way; a layout we cannot find, or one that does not make room when asked
// (fixed widths set by script), gets the sidebar as an overlay instead.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const ATTR = 'data-rapport-beside';

/** 'beside': the page made room; 'over': the sidebar covers the page's right edge. */
export type Fit = 'beside' | 'over';

export interface Beside {
  /** `left`: the expanded sidebar's left edge (viewport px), null when collapsed; `settled` false mid-drag (no reads then). */
  place(left: number | null, settled: boolean): Fit;
  /** The marked main column left the page (the host app rebuilt it): place again. */
  stale(): boolean;
}

/**
 * `drifted`: the host app resized the main column on its own (Gmail's side
 * panel opened, a pane dragged): the caller places the sidebar again.
 */
export function besideLayout(ctx: ContentScriptContext, columns: (doc: Document) => Element[], drifted: () => void): Beside {
  const style = document.createElement('style');
  /** Per container, without our rule: its right edge and its own right margin. */
  let base: { el: Element; right: number; margin: number }[] = [];
  /** The main column's width once room was made; our own changes set it, so they are not drift. */
  let made = 0;
  let pending: number | undefined;
  const watch = new ResizeObserver(() => {
    const main = base[0]?.el;
    if (main && pending === undefined && Math.abs(main.getBoundingClientRect().width - made) > 1)
      pending = ctx.setTimeout(() => {
        pending = undefined;
        drifted();
      }, 100);
  });

  const release = () => {
    watch.disconnect();
    style.remove();
    style.textContent = '';
    for (const { el } of base) el.removeAttribute(ATTR);
    base = [];
  };
  ctx.onInvalidated(release);

  const write = (left: number) => {
    let css = '';
    base.forEach(({ right, margin }, i) => {
      const need = Math.ceil(right - left);
      // min-width: a flex item would otherwise refuse to shrink below its content.
      if (need > 0) css += `[${ATTR}="${i}"]{margin-right:${margin + need}px!important;min-width:0!important}`;
    });
    style.textContent = css;
    if (!style.isConnected) (document.head ?? document.documentElement).append(style);
  };

  let fit: Fit = 'over';
  return {
    place(left, settled) {
      if (left === null) {
        release();
        return (fit = 'over');
      }
      // Mid-drag: reuse the measurement (an overlay stays one).
      if (!settled && (base.length || fit === 'over')) {
        if (base.length) write(left);
        made = NaN; // mid-drag: no drift until it settles
        return fit;
      }
      release();
      const found = columns(document);
      for (const el of found) {
        const r = el.getBoundingClientRect();
        if (r.width > 0) base.push({ el, right: r.right, margin: parseFloat(getComputedStyle(el).marginRight) || 0 });
      }
      // No main column, or a hidden one: nothing to make room in.
      if (!found[0] || base[0]?.el !== found[0]) {
        release();
        return (fit = 'over');
      }
      base.forEach(({ el }, i) => el.setAttribute(ATTR, String(i)));
      write(left);
      const now = base[0].el.getBoundingClientRect();
      if (now.right > left + 1) {
        release();
        return (fit = 'over');
      }
      made = now.width;
      watch.observe(base[0].el);
      return (fit = 'beside');
    },
    stale: () => !!base[0] && !base[0].el.isConnected,
  };
}
