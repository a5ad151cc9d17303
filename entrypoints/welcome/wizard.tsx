// The first-run setup (issue 14): six steps, one at a time, then a summary.
// Every step can be left with Back, and the ones that save can be skipped; a
// step is mounted when first reached and stays mounted, so going Back finds
// what was typed there, and each step reads what it shows only when the user
// gets to it (a signed-in address seen meanwhile still makes the firm guess).
import { useEffect, useRef, useState } from 'preact/hooks';
import { DisplayStep } from './display-step';
import { Finish } from './finish';
import { ClientsStep, MailStep } from './intro-steps';
import { PortalsStep } from './portals-step';
import { FirmStep, TouchStep } from './settings-steps';
import type { StepProps } from './step-frame';
import type { Outcome, StepKey } from './summary';

const STEPS: { key: StepKey; title: string; Step: (p: StepProps) => preact.JSX.Element }[] = [
  { key: 'clients', title: 'Your clients', Step: ClientsStep },
  { key: 'mail', title: 'Mail', Step: MailStep },
  { key: 'portals', title: 'Court portals', Step: PortalsStep },
  { key: 'touch', title: 'Keeping in touch', Step: TouchStep },
  { key: 'firm', title: 'Your firm', Step: FirmStep },
  { key: 'display', title: 'Sidebar', Step: DisplayStep },
];
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
      <h1>Welcome to Rapport</h1>
      {step === 0 && (
        <div class="intro">
          <p class="lead">
            Rapport keeps what you know about each client — family, goals, the outcomes they would accept, when you last spoke — and shows it beside their e-mail
            and their court filings.
          </p>
          <p class="promise">
            <strong>Nothing leaves this computer.</strong> Your clients live in this browser’s own storage; Rapport has no server, no account and no analytics. The
            pages you visit cannot read what it shows. <a href="/privacy.html">Privacy policy</a>
          </p>
          <p>Six short steps; skip any of them, and come back from Options whenever you like.</p>
        </div>
      )}
      <nav aria-label="Setup steps">
        <ol class="progress">
          {STEPS.map((s, i) => (
            <li key={s.key} aria-current={i === step ? 'step' : undefined} class={i < step ? 'progress-past' : undefined}>
              {s.title}
            </li>
          ))}
          <li aria-current={step === DONE ? 'step' : undefined}>Done</li>
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
