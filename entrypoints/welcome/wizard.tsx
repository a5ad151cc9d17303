// The first-run setup (issue 14): six steps, one at a time, then a summary.
// Every step can be left with Back, and the ones that save can be skipped; a
// step is mounted when first reached and stays mounted, so going Back finds
// what was typed there, and each step reads what it shows only when the user
// gets to it (a signed-in address seen meanwhile still makes the firm guess).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { DisplayStep } from './display-step';
import { Finish } from './finish';
import { ClientsStep, MailStep } from './intro-steps';
import { PortalsStep } from './portals-step';
import { FirmStep, TouchStep } from './settings-steps';
import type { StepProps } from './step-frame';
import type { Outcome, StepKey } from './summary';

const STEPS = [
  { key: 'clients', title: 'welcome_nav_clients', Step: ClientsStep },
  { key: 'mail', title: 'welcome_nav_mail', Step: MailStep },
  { key: 'portals', title: 'welcome_nav_portals', Step: PortalsStep },
  { key: 'touch', title: 'welcome_nav_touch', Step: TouchStep },
  { key: 'firm', title: 'welcome_nav_firm', Step: FirmStep },
  { key: 'display', title: 'welcome_nav_display', Step: DisplayStep },
] as const satisfies readonly { key: StepKey; title: string; Step: (p: StepProps) => preact.JSX.Element }[];
const DONE = STEPS.length;

export function Wizard() {
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(0);
  const [outcomes, setOutcomes] = useState<Partial<Record<StepKey, Outcome>>>({});
  const moved = useRef(false);

  const go = (i: number) => {
    moved.current = true;
    setStep(i);
    setReached((r) => Math.max(r, i));
  };

  // The new step's heading takes the focus, so a screen reader says where the user is and Tab starts from there.
  useEffect(() => {
    if (!moved.current) return;
    const id = step === DONE ? 'step-done-heading' : `step-${STEPS[step]!.key}-heading`;
    document.getElementById(id)?.focus();
  }, [step]);

  return (
    <main class="welcome">
      <h1>{t('welcome_title')}</h1>
      {step === 0 && (
        <div class="intro">
          <p class="lead">{t('welcome_lead')}</p>
          <p class="promise">
            <strong>{t('welcome_promise_title')}</strong> {t('welcome_promise_body')} <a href="/privacy.html">{t('welcome_privacy_link')}</a>
          </p>
          <p>{t('welcome_intro_steps')}</p>
        </div>
      )}
      <nav aria-label={t('welcome_steps_nav')}>
        <ol class="progress">
          {STEPS.map((s, i) => (
            <li key={s.key} aria-current={i === step ? 'step' : undefined} class={i < step ? 'progress-past' : undefined}>
              {t(s.title)}
            </li>
          ))}
          <li aria-current={step === DONE ? 'step' : undefined}>{t('welcome_nav_done')}</li>
        </ol>
      </nav>
      {STEPS.map(
        ({ key, Step }, i) =>
          i <= reached && (
            <Step
              key={key}
              n={i + 1}
              total={STEPS.length}
              active={i === step}
              onBack={i > 0 ? () => go(i - 1) : undefined}
              onDone={(o) => {
                // A change saved earlier in this walk stays "set", whatever a later visit to the step did.
                setOutcomes((all) => ({ ...all, [key]: all[key] === 'saved' ? 'saved' : o }));
                go(i + 1);
              }}
            />
          ),
      )}
      {reached >= DONE && <Finish active={step === DONE} outcomes={outcomes} onBack={() => go(DONE - 1)} />}
    </main>
  );
}
