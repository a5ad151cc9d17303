// Small building blocks shared by the sidebar's forms. Every control gets a
// real <label for>, so screen readers and getByLabel both find it.
import type { ComponentChildren, TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/model/client';
import type { InteractionInput } from '../../lib/model/interaction';
import type { RapportError } from '../../lib/messaging/client';
import { t } from '../../lib/i18n/t';

export interface Problem {
  code?: string;
  message: string;
  issues: { path: string; message: string }[];
}

/** Duck-typed rather than `instanceof`, so this file needs no runtime import of the messaging client. */
export function problem(e: unknown): Problem {
  const r = (e ?? {}) as Partial<RapportError>;
  if (r.code === 'unreachable') return { code: r.code, message: t('sidebar_updated_reload'), issues: [] };
  return { code: r.code, message: r.message || t('sidebar_something_wrong'), issues: Array.isArray(r.issues) ? r.issues : [] };
}

/** The label the user sees for one of our field names, or undefined. */
function fieldName(part: string): string | undefined {
  switch (part) {
    case 'name':
      return t('sidebar_field_name');
    case 'emails':
      return t('sidebar_field_email');
    case 'text':
      return t('sidebar_field_goal');
    case 'acceptableOutcome':
      return t('sidebar_field_acceptable_outcome');
    case 'summary':
      return t('sidebar_field_summary');
    default:
      return undefined;
  }
}

/** "client.goals.2.text" + "Too long" → "Goal: Too long": the label the user sees, not our field path. */
function issueText(path: string, message: string): string {
  for (const part of path.split('.').reverse()) {
    const field = fieldName(part);
    if (field) return t('sidebar_issue', { field, message });
  }
  return message;
}

export function ErrorBox({ problem: p }: { problem: Problem | null }) {
  if (!p) return null;
  return (
    <div role="alert" class="rp-err">
      {p.message}
      {p.issues.length > 0 && (
        <ul>
          {p.issues.map((i, n) => (
            <li key={n}>{issueText(i.path, i.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

type InputEvent = TargetedEvent<HTMLInputElement | HTMLTextAreaElement, Event>;

export function Field(props: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  multiline?: boolean;
  /** Address field: e-mail keyboard, no spell-check (native type=email would trim and validate behind our back). */
  email?: boolean;
  maxLength?: number;
}) {
  const id = useId();
  const on = (e: InputEvent) => props.onValue(e.currentTarget.value);
  return (
    <div class="rp-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} rows={3} value={props.value} maxLength={props.maxLength} onInput={on} />
      ) : (
        <input
          id={id}
          type="text"
          inputMode={props.email ? 'email' : undefined}
          spellcheck={!props.email}
          value={props.value}
          maxLength={props.maxLength}
          onInput={on}
        />
      )}
    </div>
  );
}

export function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: [T, string][];
  onValue: (v: T) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="rp-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onValue(e.currentTarget.value as T)}
      >
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="rp-sec" aria-labelledby={id}>
      <h3 id={id} class="rp-h">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * A form with the plumbing every sidebar form shares: one submission at a
 * time, the background's refusal shown beside the fields (which keep what
 * was typed), Save/Cancel, and the caret in the first field when it opens.
 * `onSubmit` does the work and closes/clears on success; throwing = refused.
 */
export function Form(props: {
  submit: string;
  onSubmit: () => Promise<unknown> | Problem | void;
  onCancel?: () => void;
  autoFocus?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Problem | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (props.autoFocus !== false) ref.current?.querySelector<HTMLElement>('input,textarea,select')?.focus();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      // A Problem returned (not thrown) is the form's own check, e.g. an empty goal.
      const r = await props.onSubmit();
      setErr(r && typeof r === 'object' && 'issues' in r ? (r as Problem) : null);
    } catch (x) {
      setErr(problem(x));
    }
    setBusy(false);
  };
  return (
    <form ref={ref} class={`rp-form ${props.class ?? ''}`} onSubmit={submit} noValidate>
      {props.children}
      <ErrorBox problem={err} />
      <div class="rp-actions">
        <button type="submit" class="rp-btn rp-primary" disabled={busy}>
          {props.submit}
        </button>
        {props.onCancel && (
          <button type="button" class="rp-btn" onClick={props.onCancel}>
            {t('common_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Give focus back to the button that opened a form once it closes (Save or Cancel), not to <body>. */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const was = useRef(open);
  useEffect(() => {
    if (was.current && !open) ref.current?.focus();
    was.current = open;
  }, [open]);
  return ref;
}

/**
 * What a client card may do. Mutations are queued in the Sidebar and built
 * from the latest view it holds when their turn comes, so two quick edits
 * never undo each other. They reject with the RapportError for the caller's form.
 */
export interface Ops {
  now: () => number;
  /** updateClient with `change(latest client)`. */
  update: (clientId: string, change: (c: Client) => Client) => Promise<void>;
  log: (i: InteractionInput) => Promise<void>;
  status: (message: string) => void;
}
