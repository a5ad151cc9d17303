// The first-run page: opened once, on install (lib/background/display.ts), and
// again from the options page's footer. A setup wizard (wizard.tsx); each step
// saves through the same messages and storage as the Options page does.
import { render } from 'preact';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';
import './welcome.css';
import { Wizard } from './wizard';

followTheme();
const root = document.getElementById('app');
if (root) render(<Wizard />, root);
