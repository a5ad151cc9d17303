import { render } from 'preact';
import { App } from './App';
import { followTheme } from '../../components/display/theme';
import '../../components/page-base.css';
import './style.css';

followTheme();
const root = document.getElementById('app');
if (root) render(<App />, root);
