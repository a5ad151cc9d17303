// The sidebar as an extension page. In Gmail, Outlook and portals it is the
// frame a content script mounts in a closed shadow root; it can also run in a
// window of its own (sidebar.html?tab=<id>, for portals the user added, where
// a frame of ours may not load). The browser's side panel shows the same body
// (components/sidebar/SidebarPage) from entrypoints/sidepanel.
import { render } from 'preact';
import { SidebarPage } from '../../components/sidebar/SidebarPage';
import { followTheme, hostPageTheme } from '../../components/display/theme';
import { uiLanguage } from '../../lib/i18n/t';
import '../../components/theme.css';
import '../../components/sidebar/sidebar.css';
import '../../components/sidebar/filings.css';
import '../../components/sidebar/deadlines.css';
import './page.css';

/** Inside a page's frame, or a page of its own. */
const embedded = window.parent !== window;
const named = Number(new URLSearchParams(location.search).get('tab'));

// Framed in a mail page, it matches that page's own theme while Settings says "as the system".
followTheme(embedded ? hostPageTheme : undefined);
// The page's language is the texts' (index.html says English), for screen readers' voices.
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<SidebarPage embedded={embedded} tabId={!embedded && Number.isInteger(named) && named >= 0 ? named : undefined} />, root);
