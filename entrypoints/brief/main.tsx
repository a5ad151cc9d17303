import { render } from 'preact';
import { BriefPage } from '../../components/brief/brief-page';
import { loadBrief } from './load';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';
import { t, uiLanguage } from '../../lib/i18n/t';

followTheme();
// The page speaks the language of its texts (screen readers pick a voice from it).
document.documentElement.lang = uiLanguage();
document.title = t('brief_page_title');
// brief.html?client=<id>
const clientId = new URLSearchParams(location.search).get('client');
const root = document.getElementById('app');
if (root) render(
    <main>
      <BriefPage clientId={clientId} load={loadBrief} />
    </main>,
    root,
  );
