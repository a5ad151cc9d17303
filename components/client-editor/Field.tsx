// One labelled control with its hint and its errors. The label holds only the
// field's name (so getByLabel('E-mail addresses') and a screen reader hear
// exactly that); hint and errors are tied to the control with
// aria-describedby.
import type { ComponentChildren } from 'preact';
import type { FieldError } from './issues';

interface Common {
  id: string;
  label: string;
  hint?: ComponentChildren;
  errors?: readonly FieldError[];
  class?: string;
}

function describedBy(id: string, hint: unknown, errors?: readonly FieldError[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldErrors({ id, errors }: { id: string; errors?: readonly FieldError[] }) {
  if (!errors?.length) return null;
  return (
    <ul class="field-errors" id={id}>
      {errors.map((e, i) => (
        <li key={i}>
          <span>{e.message}</span>
          {e.item !== undefined && <span class="issue-item"> (“{e.item}”)</span>}
        </li>
      ))}
    </ul>
  );
}

function Frame({ id, label, hint, errors, class: cls, children }: Common & { children: ComponentChildren }) {
  return (
    <div class={['field', errors?.length ? 'field-invalid' : '', cls ?? ''].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'number' | 'search';
    min?: number;
    max?: number;
    placeholder?: string;
    autoComplete?: string;
    required?: boolean;
  },
) {
  const { id, value, onInput, type = 'text', min, max, placeholder, autoComplete, required } = props;
  const shared = {
    id,
    name: id,
    value,
    placeholder,
    autoComplete: autoComplete ?? 'off',
    'aria-required': required ? ('true' as const) : undefined,
    'aria-invalid': props.errors?.length ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, props.hint, props.errors),
    onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget.value),
  };
  // Preact types <input> per `type`, so each kind gets its own element.
  return (
    <Frame {...props}>
      {type === 'number' ? (
        <input {...shared} type="number" min={min} max={max} step={1} inputMode="numeric" />
      ) : type === 'search' ? (
        <input {...shared} type="search" />
      ) : (
        <input {...shared} type="text" />
      )}
    </Frame>
  );
}

export function TextArea(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    rows?: number;
    placeholder?: string;
    /** Off for lists of addresses and numbers, on for prose. */
    spellcheck?: boolean;
  },
) {
  const { id, value, onInput, rows = 3, placeholder, spellcheck = true } = props;
  return (
    <Frame {...props}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        spellcheck={spellcheck}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}

export function SelectField<V extends string>(
  props: Common & { value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void },
) {
  const { id, value, options, onChange } = props;
  return (
    <Frame {...props}>
      <select
        id={id}
        name={id}
        value={value}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.errors)}
        onChange={(e) => onChange(e.currentTarget.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
