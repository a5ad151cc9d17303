// The options page's three views — Clients (the editor), Losing touch and
// Settings — chosen by the address: options.html#losing-touch, #settings,
// anything else (including #client=<id>) is Clients. The reminder
// notification opens #losing-touch.
import { useEffect, useState } from 'preact/hooks';
import { LosingTouch } from './LosingTouch';
import { SettingsForm } from './Settings';
import './keep-in-touch.css';

export type OptionsView = 'clients' | 'losing-touch' | 'settings';

export function viewFromHash(hash: string): OptionsView {
  const h = hash.replace(/^#/, '');
  return h === 'losing-touch' || h === 'settings' ? h : 'clients';
}

export function useOptionsView(): OptionsView {
  const [view, setView] = useState(() => viewFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}

const LINKS: [OptionsView, string, string][] = [
  ['clients', '#', 'Clients'],
  ['losing-touch', '#losing-touch', 'Losing touch'],
  ['settings', '#settings', 'Settings'],
];

export function OptionsNav({ view }: { view: OptionsView }) {
  return (
    <nav class="views-nav" aria-label="Rapport">
      {LINKS.map(([v, href, label]) => (
        <a key={v} href={href} aria-current={v === view ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

/** Losing touch or Settings; `changed` is anything that changes when clients or interactions do. */
export function KeepInTouchView({ view, onOpen, changed }: { view: OptionsView; onOpen: (id: string) => void; changed?: unknown }) {
  if (view === 'losing-touch') return <LosingTouch onOpen={onOpen} changed={changed} />;
  if (view === 'settings') return <SettingsForm />;
  return null;
}
