import { render } from 'preact';
import { App } from './App';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';
import { t } from '../../lib/i18n/t';
import './style.css';

// The page speaks the language of its texts (screen readers pick their voice by it).
document.documentElement.lang = t('common_locale');
followTheme();
const root = document.getElementById('app');
if (root) render(<App />, root);
