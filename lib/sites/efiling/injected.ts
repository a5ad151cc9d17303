// Code a portal content script has the background inject into its own frame
// when it first needs it (the loadScript message): what is needed only on
// some pages stays out of efiling.js and portal.js (the bundle budget). Each
// script leaves its exports on the isolated world's globalThis under its
// symbol here — the world the content script runs in, which the page's own
// scripts never see. What each leaves there: components/overlay/run-portal.ts
// InjectedExports.
export const INJECTED = {
  /** entrypoints/efiling-readers.ts: a portal page read whole (a docket at load, the popup asking). */
  readers: Symbol.for('rapport.efiling.readers'),
  /** entrypoints/portal-badges.ts: the first badge to show on a page. */
  badges: Symbol.for('rapport.overlay.badges'),
} as const;

export type InjectedScript = keyof typeof INJECTED;
