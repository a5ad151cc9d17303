// One badge: a <span> in the portal's DOM holding a CLOSED shadow root with
// the client's name and last contact.
//
// - A built-in <span>, not a custom element: a page that defined a custom
//   element of our name first could attachInternals() and read even a closed
//   root through ElementInternals.shadowRoot; it cannot do that to a span.
// - Nothing about the client in the span's attributes.
// - In a table cell the span takes no room at all (zero width and height):
//   the pill floats beside the number, sized to the space left in the cell,
//   so neither the column widths nor the row height change. Its width depends
//   on that space only, never on the name, so measuring it tells the page
//   nothing. Only when not even a dot fits does it take a little room in the
//   line rather than cover the next cell's text.
// - Elsewhere (free text) it is an ordinary small inline pill.

import { t, tn, uiLanguage } from '../../lib/i18n/t';
import type { CaseMatch } from '../../lib/messaging/protocol';
import { calendarDays, relativeTime } from '../sidebar/time';
import { themeAt, type HostTheme } from '../host/host-theme';

export const BADGE_ATTR = 'data-rapport-badge';

/** Widest pill, px (about 13.5em at 11px). Narrower than SHORT: "3d"; than NAME_ONLY: no time; than MIN: one letter. */
const MAX = 150;
const SHORT = 128;
const NAME_ONLY = 80;
const MIN = 44;

/** "3d", "2w", "5mo" for a narrow pill (the label keeps "3 days ago"). */
function shortTime(at: number, now: number): string {
  const d = calendarDays(at, now);
  if (d < 1) return t('deadlines_badge_today');
  if (d < 14) return t('deadlines_badge_days_short', { n: d });
  if (d < 60) return t('deadlines_badge_weeks_short', { n: Math.round(d / 7) });
  if (d < 730) return t('deadlines_badge_months_short', { n: Math.round(d / 30.44) });
  return t('deadlines_badge_years_short', { n: Math.round(d / 365.25) });
}

/** The names of the clients holding one number, as a list in the browser's language ("A, B"). */
const names = (matches: CaseMatch[]) => new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(matches.map((m) => m.name));

const HOST_FLOAT =
  ':host{all:initial!important;display:inline-block!important;position:relative!important;width:0!important;height:0!important;margin:0!important;vertical-align:middle!important}' +
  'button{position:absolute;left:5px;top:-8px;z-index:1}';
const HOST_INLINE =
  ':host{all:initial!important;display:inline-block!important;position:relative!important;vertical-align:middle!important;margin:0 0 0 5px!important;line-height:0!important}.h{top:18px;left:0}';
// Colours as custom properties set inside the closed root (the page cannot
// reach them), light or dark as the portal page is where the badge sits
// (host-theme.ts; the system's scheme when the page says nothing readable).
const CSS =
  'button,.h{--bd:#b8c7dc;--bg:#eef3fb;--fg:#1d3f73;--hov:#dfe9f7;--ring:#2a5590;--t:#47607f;--dot:#c0281b;--fbd:#e4a09a;--fbg:#fdecea;--abd:#e2c07a;--abg:#fff6df;--afg:#6b4a00;--sh:rgba(15,23,42,.12)}' +
  '.k{--bd:#3d5675;--bg:#1e2d42;--fg:#cfe0f5;--hov:#27405e;--ring:#8cc2f0;--t:#a9bfd9;--dot:#f19a92;--fbd:#8a4a44;--fbg:#3a2222;--abd:#8a6d2e;--abg:#3a3020;--afg:#f0d49a;--sh:rgba(0,0,0,.5)}' +
  `button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;width:${MAX}px;height:16px;padding:0 6px;` +
  'border:1px solid var(--bd);border-radius:8px;background:var(--bg);color:var(--fg);font:600 11px/14px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;' +
  'cursor:pointer;white-space:nowrap;overflow:hidden;box-shadow:0 1px 2px var(--sh)}' +
  'button:hover{background:var(--hov)}button:focus-visible{outline:2px solid var(--ring);outline-offset:1px}' +
  '.n{flex:0 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis}.t{flex:none;margin-left:auto;font-weight:400;color:var(--t)}' +
  '.d{display:none;flex:none;width:7px;height:7px;border-radius:50%;background:var(--dot)}' +
  '.f{border-color:var(--fbd);background:var(--fbg)}.f .d{display:inline-block}' +
  '.a{background:var(--abg);border-color:var(--abd);color:var(--afg)}' +
  '.c{justify-content:center;padding:0}.c .t,.o .t{display:none}.c .n{flex:none;text-overflow:clip}' +
  // The hint under the pill (panelHint()): plain text, on top of the page's next rows until the pill loses focus.
  '.h{all:initial;position:absolute;left:5px;top:10px;z-index:2;box-sizing:border-box;width:max-content;max-width:240px;padding:6px 8px;' +
  'border:1px solid var(--bd);border-radius:6px;background:var(--bg);color:var(--fg);font:400 12px/16px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;' +
  'white-space:normal;box-shadow:0 2px 6px var(--sh)}.h:empty{display:none}';

export interface BadgeData {
  matches: CaseMatch[];
  /** The row shows a rejected filing. */
  rejected: boolean;
  now: number;
}

export interface Badge {
  host: HTMLElement;
  /** True when it floats in a table cell (and wants fit()). */
  floats: boolean;
  update(d: BadgeData): void;
  /** Width available right of the anchor, px (null: unknown, keep the default). */
  fit(available: number | null): void;
  /** The click could not open the browser's side panel: a line under the pill says how to, until the pill loses focus. */
  panelHint(): void;
}

/**
 * The page's theme where badges are being placed, read once per batch: the
 * overlay places a page's badges in one synchronous pass, and reading styles
 * between its inserts would make the browser recompute them each time. The
 * next task reads afresh, so badges placed after the page changed theme follow.
 */
let batchTheme: HostTheme | undefined;
function pageTheme(at: Element | null): HostTheme {
  if (!batchTheme) {
    batchTheme = themeAt(at);
    setTimeout(() => (batchTheme = undefined));
  }
  return batchTheme;
}

const EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'keydown', 'keyup', 'keypress'];

/** Builds a badge (not yet in the page). `onOpen` runs on a click or Enter/Space. */
export function createBadge(doc: Document, floats: boolean, onOpen: () => void): Badge | null {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  // Built node by node: store reviews flag any innerHTML, even of a constant.
  const css = doc.createElement('style');
  css.textContent = CSS;
  const mode = doc.createElement('style');
  const button = doc.createElement('button');
  button.type = 'button';
  for (const c of ['d', 'n', 't']) button.appendChild(doc.createElement('span')).className = c;
  // A live region from the start, so a screen reader reads the hint when it is written into it.
  const hint = doc.createElement('span');
  hint.className = 'h';
  hint.setAttribute('role', 'status');
  root.append(css, mode, button, hint);
  const place = (float: boolean) => (mode.textContent = float ? HOST_FLOAT : HOST_INLINE);
  place(floats);
  const [, name, when] = button.children as unknown as HTMLElement[];
  let width = MAX;
  let data: BadgeData | null = null;
  let dark = false;
  // The portal's own row handlers (open the order, select the row) must not
  // fire, nor a link the badge sits in follow.
  for (const type of EVENTS)
    button.addEventListener(type, (e) => {
      e.stopPropagation();
      if (type === 'click') {
        e.preventDefault();
        hint.textContent = '';
        onOpen();
      }
    });
  button.addEventListener('blur', () => (hint.textContent = ''));

  const paint = () => {
    if (!data) return;
    const { matches, rejected, now } = data;
    const one = matches.length === 1 ? matches[0]! : null;
    const flagged = rejected || matches.some((m) => m.flags > 0);
    // lastContact is a day (the background gives a badge no more): "today", then days, weeks …
    const last = one?.lastContact === undefined ? undefined : calendarDays(one.lastContact, now) < 1 ? t('deadlines_badge_today') : relativeTime(one.lastContact, now);
    const compact = width < MIN;
    const short = width < SHORT;
    name!.textContent = compact ? (one ? one.name.charAt(0) : String(matches.length)) : one ? one.name : tn('deadlines_badge_clients', matches.length);
    when!.textContent = !one ? (short ? '?' : t('deadlines_badge_which')) : one.lastContact === undefined ? (short ? '–' : t('deadlines_badge_no_contact')) : short ? shortTime(one.lastContact, now) : last!;
    button.className = [one ? '' : 'a', flagged ? 'f' : '', compact ? 'c' : '', width < NAME_ONLY ? 'o' : '', dark ? 'k' : ''].join(' ').trim();
    hint.className = dark ? 'h k' : 'h';
    // Whole sentences, each its own message, one after the other.
    const sentences = [
      one
        ? last === undefined
          ? t('deadlines_badge_label_never', { name: one.name })
          : t('deadlines_badge_label_one', { name: one.name, when: last })
        : tn('deadlines_badge_label_many', matches.length, { names: names(matches) }),
      ...(flagged ? [t('deadlines_badge_label_rejected')] : []),
      t('deadlines_badge_label_open'),
    ];
    const label = sentences.join('. ');
    button.setAttribute('aria-label', label);
    button.title = label;
  };

  return {
    host,
    floats,
    update(d) {
      data = d;
      // Placed by now: the cell it sits in, and the row and table around it, say how the page looks there.
      dark = pageTheme(host.parentElement) === 'dark';
      paint();
    },
    fit(available) {
      if (available === null) return;
      const w = Math.floor(Math.min(MAX, available));
      // No room even for the dot: take a little room in the line rather than cover the next cell's text.
      place(w >= 20);
      button.style.width = `${w < MIN ? 18 : w}px`;
      if (w !== width) {
        width = w;
        paint();
      }
    },
    panelHint() {
      hint.textContent = t('host_open_side_panel');
    },
  };
}
