// The browsers' side panel calls, where they exist: Chrome's sidePanel,
// Firefox's sidebarAction. Both open only straight from a user's action (a
// shortcut, a click): call openSidePanel before any await.
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}
const apis = (): PanelApis => ({
  // Not in the polyfill's typings: Chrome's own object has it.
  sidePanel: (globalThis as { chrome?: PanelApis }).chrome?.sidePanel,
  sidebarAction: (browser as unknown as PanelApis).sidebarAction,
});

export const hasSidePanel = (): boolean => !!(apis().sidePanel || apis().sidebarAction);

export function openSidePanel(windowId: number | undefined): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidebarAction) return sidebarAction.open();
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId });
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
