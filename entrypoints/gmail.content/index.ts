import { mountMailSidebar } from '../../components/host/mail-sidebar';
import { GMAIL_MATCHES, GMAIL_RIGHT_COLUMN, gmailAdapter, gmailColumns } from '../../lib/sites/gmail';

// 2025: who is on screen, as the adapter reads it — addresses ([email], chips'
// data-hovercard-id) and message ids.
const PEOPLE_AND_MESSAGES = '[email],[data-hovercard-id],[data-message-id],[data-legacy-message-id]';
const fingerprint = (root: Element) => {
  let s = '';
  for (const e of root.querySelectorAll(PEOPLE_AND_MESSAGES))
    s += `${e.getAttribute('email') ?? e.getAttribute('data-hovercard-id') ?? e.getAttribute('data-legacy-message-id') ?? e.getAttribute('data-message-id')}|`;
  return s;
};

export default defineContentScript({
  matches: GMAIL_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    await mountMailSidebar(ctx, gmailAdapter, {
      // 2025 (HOST-PAGES.md): the thread views live under div.aeF, one shown at
      // a time (the others display:none). Only which view shows is observed;
      // Gmail's churn inside views (hover styles, tooltips, list rows, bodies
      // re-rendered) and elsewhere (chat, labels, counters) costs nothing.
      observeRoot: (d) => d.querySelector('div.aeF') ?? d.querySelector('[role=main]'),
      views: true,
      // A reply arriving in the open thread, a recipient added in a compose
      // window: seen within a second through what the adapter reads — the
      // shown view's people and message ids, and compose windows' chips.
      signature: (d) => {
        let s = '';
        const views = d.querySelector('div.aeF')?.children ?? [];
        for (const v of views) if (!(v as HTMLElement).hidden && (v as HTMLElement).style.display !== 'none') s += fingerprint(v);
        for (const c of d.querySelectorAll('[role=dialog]')) s += fingerprint(c);
        return s;
      },
      columns: gmailColumns,
      // Gmail's right-hand app column (Calendar, Keep, add-ons) stays in view:
      // the sidebar sits left of whichever of its parts shows at the right.
      rightInset: (d) => {
        const w = d.documentElement.clientWidth;
        let left = w;
        for (const el of d.querySelectorAll(GMAIL_RIGHT_COLUMN)) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.left > w / 2) left = Math.min(left, r.left);
        }
        return Math.max(0, w - left);
      },
      topInset: (d) => {
        const header = d.querySelector('header[role=banner], #gb');
        return header ? Math.round(header.getBoundingClientRect().bottom) : 64;
      },
    });
  },
});
