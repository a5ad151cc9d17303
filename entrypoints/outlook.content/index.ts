import { mountMailSidebar } from '../../components/host/mail-sidebar';
import { OUTLOOK_MATCHES, outlookAdapter, outlookColumns } from '../../lib/sites/outlook';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    await mountMailSidebar(ctx, outlookAdapter, {
      // 2026-11: the reading pane and the compose form both render under
      // [role=main]; the mail list and the suite header stay out of our callback.
      observeRoot: (d) => d.querySelector('[role=main]')?.parentElement ?? null,
      columns: outlookColumns,
      // 2026-11: the Microsoft 365 suite header (#o365header) or the banner landmark.
      topInset: (d) => {
        const header = d.querySelector('#o365header, [role=banner]');
        return header ? Math.round(header.getBoundingClientRect().bottom) : 48;
      },
    });
  },
});
