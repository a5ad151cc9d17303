// One step of the welcome wizard: "Step n of 6", its heading, its content and
// Back / Skip / Next. Next is the form's only submit button, so Enter in a
// field saves the step; Skip goes on without saving anything.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { RapportError } from '../../lib/messaging/client';
import type { Outcome } from './summary';

/** What the wizard gives every step. */
export interface StepProps {
  n: number;
  total: number;
  active: boolean;
  onBack?: () => void;
  /** The step is finished (saved, nothing to save, or skipped): go on to the next. */
  onDone: (outcome: Outcome) => void;
}

export const messageOf = (e: unknown) => (e instanceof RapportError ? e.message : t('welcome_error_unknown'));

export function StepFrame(props: StepProps & {
  id: string;
  title: string;
  children: ComponentChildren;
  /** Runs inside the submit event, so a permission request made first still counts as the user's click. */
  onNext: () => void;
  /** Steps that save something can be skipped; the others have nothing to skip. */
  skippable?: boolean;
  nextLabel?: string;
  busy?: boolean;
  /** Step-wide errors (field errors sit beside their fields). */
  errors?: string[];
  /** Counts refused saves: each one puts the keyboard on the first field it marked wrong. */
  refusals?: number;
}) {
  const errId = `${props.id}-errors`;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.refusals) section.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.refusals]);
  return (
    <section class="step" ref={section} hidden={!props.active} aria-labelledby={`${props.id}-heading`}>
      <form
        noValidate
        aria-describedby={props.errors?.length ? errId : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.busy) props.onNext();
        }}
      >
        <p class="step-count">
          {t('welcome_step_count', { n: props.n, total: props.total })}
        </p>
        <h2 id={`${props.id}-heading`} tabIndex={-1}>
          {props.title}
        </h2>
        {props.children}
        {props.errors && props.errors.length > 0 && (
          <div class="error-summary" id={errId} role="alert">
            {props.errors.map((m, i) => (
              <p key={i} class="error-title">
                {m}
              </p>
            ))}
          </div>
        )}
        <div class="wizard-actions">
          {props.onBack && (
            <button type="button" class="button-secondary" onClick={props.onBack}>
              {t('welcome_back')}
            </button>
          )}
          <span class="wizard-gap" />
          {props.skippable && (
            <button type="button" class="button-quiet" onClick={() => props.onDone('skipped')}>
              {t('welcome_skip')}
            </button>
          )}
          <button type="submit" class="button-primary" aria-disabled={props.busy ? 'true' : undefined}>
            {props.nextLabel ?? t('welcome_next')}
          </button>
        </div>
      </form>
    </section>
  );
}
