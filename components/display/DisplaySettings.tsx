// Settings → Display: where Rapport shows (inside the mail page, or the
// browser's side panel) and its colours. Saved at once, in the extension's own
// storage (components/display/prefs.ts): open mail tabs take the frame out or
// put it back, and every page of ours repaints, without a reload.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasSidePanel, openSidePanel } from '../../lib/display/side-panel';
import { onDisplayChange, readDisplay, writeDisplay, type DisplayPrefs, type SidebarPlace, type Theme } from '../../lib/display/prefs';
import { t } from '../../lib/i18n/t';

export const PLACES: [SidebarPlace, () => string, () => string][] = [
  ['page', () => t('settings_place_page'), () => t('settings_place_page_hint')],
  ['panel', () => t('settings_place_panel'), () => t('settings_place_panel_hint')],
];
export const THEMES: [Theme, () => string][] = [
  ['system', () => t('settings_theme_system')],
  ['light', () => t('settings_theme_light')],
  ['dark', () => t('settings_theme_dark')],
];

/** `title`: the section's heading (the welcome page names it as a step); "Display" by default. */
export function DisplaySettings({ title }: { title?: string }) {
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
      setStatus(t('settings_display_saved'));
    } catch {
      setStatus(t('settings_could_not_save'));
    }
  };

  if (!prefs) return null;
  return (
    <section class="kit-view display-settings" aria-labelledby="display-heading">
      <h2 id="display-heading">{title ?? t('settings_display')}</h2>
      <div class="kit-form">
        <fieldset class="form-section">
          <legend>{t('settings_show_in')}</legend>
          {PLACES.map(([value, label, hint]) => (
            <div class="kit-check" key={value}>
              <input type="radio" id={`place-${value}`} name="sidebar-place" value={value} checked={prefs.sidebar === value} onChange={() => void save({ sidebar: value })} />
              <label for={`place-${value}`}>{label()}</label>
              <p class="hint" id={`place-${value}-hint`}>
                {hint()}
              </p>
            </div>
          ))}
          {prefs.sidebar === 'panel' && hasSidePanel() && (
            <button type="button" class="secondary" onClick={() => void openSidePanel(windowId).catch(() => setStatus(t('settings_no_panel_here')))}>
              {t('settings_open_panel_now')}
            </button>
          )}
        </fieldset>
        <fieldset class="form-section">
          <legend>{t('settings_colours')}</legend>
          {THEMES.map(([value, label]) => (
            <div class="kit-check" key={value}>
              <input type="radio" id={`theme-${value}`} name="theme" value={value} checked={prefs.theme === value} onChange={() => void save({ theme: value })} />
              <label for={`theme-${value}`}>{label()}</label>
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
