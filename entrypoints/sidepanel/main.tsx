// The browser's side panel (Chrome side_panel, Firefox sidebar_action): the
// sidebar page's body following whichever tab is in front in its window. It
// switches when the user switches tabs; in-app navigations and page loads in
// that tab reach it through the background's screen hub, as they reach the
// frame in the page.
//
// `?window=<id>` names the window to follow, for the end-to-end test, which
// cannot open the browser's real panel and opens this page as a tab instead;
// the panel's own tab (when it is one) is never followed.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SidebarPage } from '../../components/sidebar/SidebarPage';
import { followTheme } from '../../components/display/theme';
import { t, uiLanguage } from '../../lib/i18n/t';
import '../../components/theme.css';
import '../../components/sidebar/sidebar.css';
import '../../components/sidebar/filings.css';
import '../../components/sidebar/deadlines.css';
import '../sidebar/page.css';

function Panel() {
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  useEffect(() => {
    let windowId: number | undefined;
    let own: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId && info.tabId !== own) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void (async () => {
      // Absent in the real panel: Number(null) would be window 0, a window that does not exist.
      const param = new URLSearchParams(location.search).get('window');
      const named = param === null ? NaN : Number(param);
      windowId = Number.isInteger(named) && named >= 0 ? named : (await browser.windows.getCurrent()).id;
      own = (await browser.tabs.getCurrent())?.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active?.id !== undefined && active.id !== own) setTabId(active.id);
    })();
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  return <SidebarPage embedded={false} tabId={tabId} idleText={t('sidebar_empty_panel')} />;
}

followTheme();
// The page's language is the texts' (index.html says English), for screen readers' voices.
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<Panel />, root);
