// Settings → Display: where Rapport shows (inside the mail page, or the
// browser's side panel) and its colours. Saved at once, in the extension's own
// storage (components/display/prefs.ts): open mail tabs take the frame out or
// put it back, and every page of ours repaints, without a reload.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasSidePanel, openSidePanel } from '../../lib/display/side-panel';
import { onDisplayChange, readDisplay, writeDisplay, type DisplayPrefs, type SidebarPlace, type Theme } from '../../lib/display/prefs';

export const PLACES: [SidebarPlace, string, string][] = [
  ['page', 'The page, beside the mail', 'Gmail and Outlook make room for it at the right; court portals open it when you click a badge.'],
  ['panel', 'The browser’s side panel', 'Outside the page: open it from the toolbar popup, the browser’s side panel menu, or Alt+Shift+S.'],
];
export const THEMES: [Theme, string][] = [
  ['system', 'As the system (light or dark)'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** `title`: the section's heading (the welcome page names it as a step). */
export function DisplaySettings({ title = 'Display' }: { title?: string }) {
  const [prefs, setPrefs] = useState<DisplayPrefs | null>(null);
  const [status, setStatus] = useState('');
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  useEffect(() => {
    void readDisplay().then(setPrefs);
    void browser.windows
      .getCurrent()
      .then((w) => setWindowId(w.id))
      .catch(() => {});
    return onDisplayChange(setPrefs);
  }, []);

  const save = async (patch: Partial<DisplayPrefs>) => {
    try {
      setPrefs(await writeDisplay(patch));
      setStatus('Saved');
    } catch {
      setStatus('Could not save. Nothing was changed.');
    }
  };

  if (!prefs) return null;
  return (
    <section class="kit-view display-settings" aria-labelledby="display-heading">
      <h2 id="display-heading">{title}</h2>
      <div class="kit-form">
        <fieldset class="form-section">
          <legend>Show Rapport in</legend>
          {PLACES.map(([value, label, hint]) => (
            <div class="kit-check" key={value}>
              <input type="radio" id={`place-${value}`} name="sidebar-place" value={value} checked={prefs.sidebar === value} onChange={() => void save({ sidebar: value })} />
              <label for={`place-${value}`}>{label}</label>
              <p class="hint" id={`place-${value}-hint`}>
                {hint}
              </p>
            </div>
          ))}
          {prefs.sidebar === 'panel' && hasSidePanel() && (
            <button type="button" class="secondary" onClick={() => void openSidePanel(windowId).catch(() => setStatus('This browser cannot open a side panel from here.'))}>
              Open the side panel now
            </button>
          )}
        </fieldset>
        <fieldset class="form-section">
          <legend>Colours</legend>
          {THEMES.map(([value, label]) => (
            <div class="kit-check" key={value}>
              <input type="radio" id={`theme-${value}`} name="theme" value={value} checked={prefs.theme === value} onChange={() => void save({ theme: value })} />
              <label for={`theme-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <p role="status" class="save-status">
          {status}
        </p>
      </div>
    </section>
  );
}
