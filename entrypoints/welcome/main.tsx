// The first-run page: opened once, on install (lib/background/display.ts), and
// again from the options page's footer. A setup wizard (wizard.tsx); each step
// saves through the same messages and storage as the Options page does.
import { render } from 'preact';
import { followTheme } from '../../components/display/theme';
import { t, uiLanguage } from '../../lib/i18n/t';
import '../../components/page-base.css';
import './welcome.css';
import { Wizard } from './wizard';

followTheme();
// The page's language and title are the texts' (index.html says English).
document.documentElement.lang = uiLanguage();
document.title = t('welcome_title');
const root = document.getElementById('app');
if (root) render(<Wizard />, root);
