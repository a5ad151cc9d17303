// Step 6: where the sidebar shows, and its colours: the choices Settings →
// Display offers, kept where it keeps them (lib/display/prefs.ts). Unlike
// that section, which saves on every click, this step saves when the user
// goes on, so Skip leaves the choice as it was.
import { useEffect, useState } from 'preact/hooks';
import { PLACES, THEMES } from '../../components/display/DisplaySettings';
import { readDisplay, writeDisplay, type DisplayPrefs } from '../../lib/display/prefs';
import { t } from '../../lib/i18n/t';
import { StepFrame, type StepProps } from './step-frame';

export function DisplayStep(props: StepProps) {
  const [base, setBase] = useState<DisplayPrefs | null>(null);
  const [draft, setDraft] = useState<DisplayPrefs | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void readDisplay().then((p) => {
      setBase(p);
      setDraft(p);
    });
  }, []);

  const save = async () => {
    if (!draft || !base) return;
    const patch: Partial<DisplayPrefs> = {};
    if (draft.sidebar !== base.sidebar) patch.sidebar = draft.sidebar;
    if (draft.theme !== base.theme) patch.theme = draft.theme;
    if (!Object.keys(patch).length) return props.onDone('unchanged');
    setBusy(true);
    try {
      const saved = await writeDisplay(patch);
      setBase(saved);
      setDraft(saved);
      setError('');
      props.onDone('saved');
    } catch {
      setError(t('welcome_error_not_saved'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <StepFrame
      {...props}
      id="step-display"
      title={t('welcome_display_title')}
      skippable
      nextLabel={t('welcome_save_continue')}
      busy={busy}
      errors={error ? [error] : undefined}
      onNext={() => void save()}
    >
      <p>{t('welcome_display_body')}</p>
      {draft && (
        <>
          <fieldset class="form-section">
            <legend>{t('welcome_show_in')}</legend>
            {PLACES.map(([value, label, hint]) => (
              <div class="kit-check" key={value}>
                <input
                  type="radio"
                  id={`place-${value}`}
                  name="sidebar-place"
                  value={value}
                  checked={draft.sidebar === value}
                  aria-describedby={`place-${value}-hint`}
                  onChange={() => setDraft({ ...draft, sidebar: value })}
                />
                <label for={`place-${value}`}>{label()}</label>
                <p class="hint" id={`place-${value}-hint`}>
                  {hint()}
                </p>
              </div>
            ))}
          </fieldset>
          <fieldset class="form-section">
            <legend>{t('welcome_colours')}</legend>
            {THEMES.map(([value, label]) => (
              <div class="kit-check" key={value}>
                <input type="radio" id={`theme-${value}`} name="theme" value={value} checked={draft.theme === value} onChange={() => setDraft({ ...draft, theme: value })} />
                <label for={`theme-${value}`}>{label()}</label>
              </div>
            ))}
          </fieldset>
        </>
      )}
    </StepFrame>
  );
}
