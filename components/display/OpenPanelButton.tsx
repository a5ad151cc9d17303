// The popup's offer to open the browser's side panel, shown when the user
// chose to have Rapport there (Settings → Display). The click itself opens it:
// both browsers want a user's action, with no await before the call.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readDisplay } from '../../lib/display/prefs';
import { hasSidePanel, openSidePanel } from '../../lib/display/side-panel';
import { t } from '../../lib/i18n/t';

export function OpenPanelButton() {
  const [shown, setShown] = useState(false);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!hasSidePanel()) return;
    void readDisplay().then((p) => setShown(p.sidebar === 'panel'));
    void browser.windows
      .getCurrent()
      .then((w) => setWindowId(w.id))
      .catch(() => {});
  }, []);
  if (!shown) return null;
  return (
    <button type="button" class="link-button" onClick={() => void openSidePanel(windowId).then(() => window.close(), () => {})}>
      {t('popup_open_side_panel')}
    </button>
  );
}
