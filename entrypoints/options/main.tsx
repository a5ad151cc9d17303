import { render } from 'preact';
import { App } from './App';
import '../../components/page-base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
