// The sidebar host with its frame: what mail and the known portals use
// (screen-host.ts has the rest, and is all a user-added portal's script carries).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountFrame } from './frame';
import { createScreenHost, type HostOptions, type SidebarHost } from './screen-host';

export type { HostOptions, SidebarHost } from './screen-host';

export const createSidebarHost = (ctx: ContentScriptContext, opts: HostOptions): SidebarHost => createScreenHost(ctx, opts, mountFrame);
