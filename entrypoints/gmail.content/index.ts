import { mountMailSidebar } from '../../components/host/mail-sidebar';
import { gmailAdapter } from '../../lib/sites/gmail';
import { GMAIL_MATCHES } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: GMAIL_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    await mountMailSidebar(ctx, gmailAdapter, {
      // 2025: the thread views live under div.aeF; observing only it keeps the
      // rest of Gmail's churn (chat, labels, counters) out of our callback.
      observeRoot: (d) => d.querySelector('div.aeF') ?? d.querySelector('[role=main]'),
      // 2025: Gmail's right-hand app column (Calendar, Keep, add-ons).
      rightInset: (d) => {
        const col = d.querySelector('div.brC-brG, div.aUx');
        return col ? Math.max(0, window.innerWidth - col.getBoundingClientRect().left) : 0;
      },
      topInset: (d) => {
        const header = d.querySelector('header[role=banner], #gb');
        return header ? Math.round(header.getBoundingClientRect().bottom) : 64;
      },
    });
  },
});
