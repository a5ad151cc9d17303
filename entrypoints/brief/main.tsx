import { render } from 'preact';
import { BriefPage } from '../../components/brief/brief-page';
import { loadBrief } from './load';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';

followTheme();
// brief.html?client=<id>
const clientId = new URLSearchParams(location.search).get('client');
const root = document.getElementById('app');
if (root) render(
    <main>
      <BriefPage clientId={clientId} load={loadBrief} />
    </main>,
    root,
  );
