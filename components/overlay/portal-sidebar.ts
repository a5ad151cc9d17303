// The sidebar half of a portal page (content-scripts/portal-sidebar.js),
// injected by the background when the badge half asks (see bridge.ts). It reads
// the page through the badge half's adapter and shows what that half queued.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountSidebar } from '../sidebar/mount';
import { bridge } from './bridge';

const EMPTY = 'Click a Rapport badge beside a case number to see that client here.';

export async function mountPortalSidebar(ctx: ContentScriptContext): Promise<void> {
  const b = bridge();
  if (b.sidebar || !b.adapter) return;
  const handle = await mountSidebar(ctx, b.adapter, {
    // Lists: nothing until a badge is clicked. A docket: its case, opened once a client holds it.
    display: (c) => (c?.view === 'docket' ? c : null),
    openFor: (c) => c.view === 'docket',
    startCollapsed: true,
    emptyText: EMPTY,
    // List readings walk every table; the badge half follows changes row by row.
    minGapMs: 400,
  });
  b.loading = false;
  if (!handle) return;
  b.sidebar = handle;
  const p = b.pending;
  b.pending = undefined;
  if (p?.context) handle.show(p.context, p.clientId);
  ctx.onInvalidated(() => {
    if (b.sidebar === handle) b.sidebar = undefined;
  });
}
