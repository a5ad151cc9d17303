// A list of like fieldsets ("Matter 1", "Matter 2" …) with add and remove.
// Each item is its own <fieldset> with a <legend>, so the same label ("Case
// number") is unique to assistive tech within its group:
//   getByRole('group', { name: 'Matter 1' }).getByLabel('Case number')
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { FieldErrors } from './Field';
import { t } from '../../lib/i18n/t';
import type { FieldError } from './issues';

export interface RepeatableGroupProps<T extends { id: string }> {
  /** DOM id prefix, unique on the page. */
  idPrefix: string;
  /** Section heading, e.g. "Matters". */
  title: string;
  /** The nth item's legend ("Matter 1"), its Remove button's name ("Remove matter 1"), and the Add button ("Add matter"). */
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  renderItem: (item: T, update: (patch: Partial<T>) => void, fieldId: (field: string) => string) => ComponentChildren;
  /** Shown when there are no items. */
  emptyText: string;
  sectionErrors?: readonly FieldError[];
  itemErrors?: (item: T) => readonly FieldError[] | undefined;
}

export function RepeatableGroup<T extends { id: string }>(props: RepeatableGroupProps<T>) {
  const { idPrefix, title, legend, removeLabel, addLabel, items, onChange, create, renderItem, emptyText } = props;
  const headingId = `${idPrefix}-heading`;
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Focus follows the user's action: into a new group, or back to "Add" after a removal.
  const focusNext = useRef<{ kind: 'item'; id: string } | { kind: 'add' } | null>(null);

  useEffect(() => {
    const f = focusNext.current;
    if (!f) return;
    focusNext.current = null;
    if (f.kind === 'add') addRef.current?.focus();
    else
      listRef.current
        ?.querySelector(`[data-item-id="${f.id}"]`)
        ?.querySelector<HTMLElement>('input, textarea, select')
        ?.focus();
  });

  const update = (id: string, patch: Partial<T>) =>
    onChange(items.map((it) => (it.id === id ? { ...it, ...patch } : it)));

  return (
    <section class="form-section repeatable" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <FieldErrors id={`${idPrefix}-error`} errors={props.sectionErrors} />
      <div ref={listRef} class="repeatable-items">
        {items.length === 0 && <p class="empty-note">{emptyText}</p>}
        {items.map((item, i) => {
          const errors = props.itemErrors?.(item);
          return (
            <fieldset key={item.id} class="repeatable-item" data-item-id={item.id}>
              <legend>{legend(i + 1)}</legend>
              <FieldErrors id={`${idPrefix}-${item.id}-error`} errors={errors} />
              <div class="repeatable-fields">
                {renderItem(item, (patch) => update(item.id, patch), (field) => `${idPrefix}-${item.id}-${field}`)}
              </div>
              <button
                type="button"
                class="button-quiet remove-item"
                aria-label={removeLabel(i + 1)}
                onClick={() => {
                  focusNext.current = { kind: 'add' };
                  onChange(items.filter((it) => it.id !== item.id));
                }}
              >
                {t('clients_remove')}
              </button>
            </fieldset>
          );
        })}
      </div>
      <button
        ref={addRef}
        type="button"
        class="button-secondary add-item"
        onClick={() => {
          const next = create();
          focusNext.current = { kind: 'item', id: next.id };
          onChange([...items, next]);
        }}
      >
        {addLabel}
      </button>
    </section>
  );
}
