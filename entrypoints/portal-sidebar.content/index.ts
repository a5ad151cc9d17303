import { mountPortalSidebar } from '../../components/overlay/portal-sidebar';

// The sidebar on e-filing portals. Not in the manifest: the background injects
// it (scripting.executeScript) into a portal tab when that tab's badge script
// asks — a docket that belongs to a client, or a badge clicked — so list pages
// that nobody clicks on parse only the small badge script.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await mountPortalSidebar(ctx);
  },
});
