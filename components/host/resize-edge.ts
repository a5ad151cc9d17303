// The sidebar's left edge: drag it, or focus it and use the arrow keys, to set
// the width (remembered per site by the caller). It sits in the closed root
// beside the frame, so the page sees only the host element change size. Only
// the user's own input moves it (isTrusted): events a page script makes do
// nothing.
import { t } from '../../lib/i18n/t';
import type { SidebarFrame } from './frame';
import type { Fit } from './beside';
import type { HostTheme } from './host-theme';

export const MIN_WIDTH = 280;
const STEP = 16;

const maxWidth = () => Math.max(MIN_WIDTH, Math.min(720, Math.round(document.documentElement.clientWidth * 0.6)));
export const clampWidth = (w: number) => Math.round(Math.min(maxWidth(), Math.max(MIN_WIDTH, w)));

// A grip always shown at mid-height; over the page (no room made) a line runs
// the whole edge too, so it reads as a border that can be moved.
// Colours as custom properties inside the closed root, light or dark as the
// mail page is (host-theme.ts): the grip must stand out against the page.
const CSS =
  '.edge{--grip:#8792a2;--active:#1a5fb4}.edge.dark{--grip:#8f9bab;--active:#8cc2f0}' +
  '.edge{position:absolute;top:0;bottom:0;left:-4px;width:9px;cursor:ew-resize;touch-action:none;outline:0}' +
  '.edge::after{content:"";position:absolute;left:2px;top:calc(50% - 24px);width:5px;height:48px;border-radius:3px;background:var(--grip)}' +
  '.edge.over{border-right:2px solid var(--grip);box-sizing:border-box}' +
  '.edge:hover::after,.edge:focus-visible::after,.edge.drag::after{background:var(--active)}' +
  '.edge:focus-visible{box-shadow:0 0 0 2px var(--active)}';

export interface ResizeEdge {
  /** Shown only while expanded; styled for the page's fit. */
  update(expanded: boolean, fit: Fit): void;
  /** The mail page's theme, light or dark. */
  theme(theme: HostTheme): void;
  width(): number;
}

export function resizeEdge(root: ShadowRoot, frame: SidebarFrame, width: number, save: (width: number) => void): ResizeEdge {
  const style = document.createElement('style');
  style.textContent = CSS;
  const edge = document.createElement('div');
  edge.className = 'edge';
  edge.tabIndex = 0;
  edge.setAttribute('role', 'separator');
  edge.setAttribute('aria-orientation', 'vertical');
  edge.setAttribute('aria-label', t('host_resize'));
  edge.setAttribute('aria-valuemin', String(MIN_WIDTH));
  root.append(style, edge);
  const iframe = root.querySelector('iframe');

  const set = (w: number, settled: boolean) => {
    width = clampWidth(w);
    edge.setAttribute('aria-valuenow', String(width));
    edge.setAttribute('aria-valuemax', String(maxWidth()));
    frame.setWidth(width, settled);
    if (settled) save(width);
  };
  edge.setAttribute('aria-valuenow', String(width));
  edge.setAttribute('aria-valuemax', String(maxWidth()));

  let drag: { x: number; w: number; id: number } | null = null;
  edge.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted || e.button !== 0) return;
    e.preventDefault();
    edge.focus();
    drag = { x: e.clientX, w: width, id: e.pointerId };
    edge.setPointerCapture(e.pointerId);
    edge.classList.add('drag');
    // The pointer crossing into the sidebar's own document must not stop the drag.
    if (iframe) iframe.style.pointerEvents = 'none';
  });
  edge.addEventListener('pointermove', (e) => {
    if (drag && e.isTrusted && e.pointerId === drag.id) set(drag.w + drag.x - e.clientX, false);
  });
  const end = (e: PointerEvent) => {
    if (!drag || !e.isTrusted || e.pointerId !== drag.id) return;
    drag = null;
    edge.classList.remove('drag');
    if (iframe) iframe.style.pointerEvents = '';
    set(width, true);
  };
  edge.addEventListener('pointerup', end);
  edge.addEventListener('pointercancel', end);

  // A window splitter: Left widens (the edge moves left), Right narrows, Home / End go to the limits.
  edge.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    const step = e.shiftKey ? STEP * 4 : STEP;
    const next = { ArrowLeft: width + step, ArrowRight: width - step, Home: MIN_WIDTH, End: maxWidth() }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    set(next, true);
  });

  return {
    update(expanded, fit) {
      edge.hidden = !expanded;
      edge.classList.toggle('over', fit === 'over');
    },
    theme(theme) {
      edge.classList.toggle('dark', theme === 'dark');
    },
    width: () => width,
  };
}
