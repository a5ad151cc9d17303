/** @vitest-environment happy-dom */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientForm, type SaveError } from '../../../components/client-editor/ClientForm';
import { ConfirmDialog } from '../../../components/client-editor/ConfirmDialog';
import { draftFromClient, emptyDraft, type ClientDraft } from '../../../components/client-editor/draft';
import type { ClientInput } from '../../../lib/model/client';

const NOW = 1_750_000_000_000;

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The control whose <label> reads exactly `text` (what getByLabel(text, { exact: true }) finds). */
function byLabel(root: ParentNode, text: string): Control {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text);
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`);
  const el = document.getElementById(labels[0]!.htmlFor);
  if (!el) throw new Error(`label "${text}" points at nothing`);
  return el as Control;
}

/** A <fieldset> by its legend: the role=group the e2e test scopes to. */
function group(name: string): HTMLFieldSetElement {
  const fs = [...container.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === name);
  if (!fs) throw new Error(`no group "${name}"`);
  return fs;
}

function button(name: string, root: ParentNode = container): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

async function fill(el: Control, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function click(b: HTMLButtonElement) {
  await act(() => b.click());
}

/** The text a screen reader gets as the control's description (hint + errors). */
function description(el: Control): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function Harness(props: { initial: ClientDraft; onSave: (i: ClientInput) => void; error?: SaveError | null }) {
  const [value, setValue] = useState(props.initial);
  return <ClientForm value={value} onChange={setValue} onSave={props.onSave} error={props.error} now={() => NOW} />;
}

async function mount(initial: ClientDraft = emptyDraft(), error?: SaveError | null) {
  const onSave = vi.fn<(i: ClientInput) => void>();
  await act(() => render(<Harness initial={initial} onSave={onSave} error={error} />, container));
  return {
    onSave,
    /** Re-render with a new error; the form keeps its state (as after a failed save). */
    setError: (e: SaveError | null) => act(() => render(<Harness initial={initial} onSave={onSave} error={e} />, container)),
  };
}

const stored = {
  id: 'c1',
  createdAt: 1,
  updatedAt: 2,
  name: 'Ana María López',
  preferredName: 'Ana',
  organisation: 'Acme Corp',
  emails: ['ana@acme.com'],
  phones: [],
  domains: [],
  tags: ['vip'],
  notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
  matters: [
    { id: 'm1', caseNumber: '22STCV11897', caseName: 'Acme v. Widget', court: 'LA Superior', matterCode: 'ACM-001', people: [] },
    { id: 'm2', caseNumber: '1:23-cv-00042', caseName: 'Acme v. Gadget', people: [] },
  ],
  goals: [
    { id: 'g1', text: 'Settle before trial', acceptableOutcome: 'Under $50k', status: 'open' as const, updatedAt: 100 },
    { id: 'g2', text: 'Keep the supplier', acceptableOutcome: '', status: 'open' as const, updatedAt: 200 },
  ],
};

describe('ClientForm', () => {
  it('saves what was typed as a ClientInput', async () => {
    const { onSave } = await mount();
    await fill(byLabel(container, 'Name'), '  Ana María López ');
    await fill(byLabel(container, 'Preferred name'), 'Ana');
    await fill(byLabel(container, 'Organisation'), 'Acme Corp');
    await fill(byLabel(container, 'E-mail addresses'), '  Ana@Acme.com \n\n   \nana.lopez@home.example\n');
    await fill(byLabel(container, 'Phones'), '+1 213 555 0100\n\n+1 213 555 0199, ext. 12');
    await fill(byLabel(container, 'Domains'), 'acme.com\n');
    await fill(byLabel(container, 'Tags'), 'vip, litigation, , referral ,');
    await fill(byLabel(container, 'Ideal days between contacts'), '14');
    await fill(byLabel(container, 'Maximum days between contacts'), '45');
    await fill(byLabel(container, 'Family'), 'Two children');
    await fill(byLabel(container, 'How we met'), 'Bar dinner 2019');

    await click(button('Add matter'));
    const m1 = group('Matter 1');
    await fill(byLabel(m1, 'Case number'), '22STCV11897');
    await fill(byLabel(m1, 'Case name'), 'Acme v. Widget');
    await fill(byLabel(m1, 'Court'), 'LA Superior Court');
    await fill(byLabel(m1, 'Matter / billing code'), 'ACM-001');
    await click(button('Add matter'));
    await fill(byLabel(group('Matter 2'), 'Case number'), '1:23-cv-00042');

    await click(button('Add goal'));
    const g1 = group('Goal 1');
    await fill(byLabel(g1, 'Goal'), 'Settle before trial');
    await fill(byLabel(g1, 'Acceptable outcome'), 'Under $50k');
    await fill(byLabel(g1, 'Status'), 'met');

    await click(button('Save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const input = onSave.mock.calls[0]![0];
    expect(input).toEqual({
      name: 'Ana María López',
      preferredName: 'Ana',
      organisation: 'Acme Corp',
      emails: ['Ana@Acme.com', 'ana.lopez@home.example'],
      phones: ['+1 213 555 0100', '+1 213 555 0199, ext. 12'],
      domains: ['acme.com'],
      tags: ['vip', 'litigation', 'referral'],
      cadence: { idealDays: 14, maxDays: 45 },
      notes: { family: 'Two children', interests: '', background: '', howWeMet: 'Bar dinner 2019', notes: '' },
      matters: [
        {
          id: expect.any(String),
          caseNumber: '22STCV11897',
          caseName: 'Acme v. Widget',
          court: 'LA Superior Court',
          matterCode: 'ACM-001',
          people: [],
        },
        { id: expect.any(String), caseNumber: '1:23-cv-00042', people: [] },
      ],
      goals: [
        { id: expect.any(String), text: 'Settle before trial', acceptableOutcome: 'Under $50k', status: 'met', updatedAt: NOW },
      ],
    });
    const ids = [...input.matters!.map((m) => m.id), ...input.goals!.map((g) => g.id)];
    expect(new Set(ids).size).toBe(3);
  });

  it('leaves cadence out when both are empty, sends a half-filled one as it is, and drops blank groups', async () => {
    const { onSave } = await mount();
    await fill(byLabel(container, 'Name'), 'Bo');
    await click(button('Add matter'));
    await click(button('Add goal'));
    await click(button('Save'));
    const first = onSave.mock.calls[0]![0];
    expect(first).not.toHaveProperty('cadence');
    expect(first.matters).toEqual([]);
    expect(first.goals).toEqual([]);

    await fill(byLabel(container, 'Ideal days between contacts'), '90');
    await click(button('Save'));
    expect(onSave.mock.calls[1]![0].cadence).toEqual({ idealDays: 90 });

    await fill(byLabel(container, 'Ideal days between contacts'), '');
    await fill(byLabel(container, 'Maximum days between contacts'), '20');
    await click(button('Save'));
    expect(onSave.mock.calls[2]![0].cadence).toEqual({ maxDays: 20 });
  });

  it('keeps an untouched goal’s updatedAt and stamps a changed one', async () => {
    const { onSave } = await mount(draftFromClient(stored));
    await fill(byLabel(group('Goal 2'), 'Status'), 'dropped');
    await click(button('Save'));
    const goals = onSave.mock.calls[0]![0].goals!;
    expect(goals.map((g) => [g.id, g.updatedAt, g.status])).toEqual([
      ['g1', 100, 'open'],
      ['g2', NOW, 'dropped'],
    ]);
  });

  it('removes a matter', async () => {
    const { onSave } = await mount(draftFromClient(stored));
    expect(byLabel(group('Matter 1'), 'Case number').value).toBe('22STCV11897');
    await click(button('Remove matter 1', group('Matter 1')));
    expect(container.querySelectorAll('fieldset.repeatable-item legend')[0]?.textContent).toBe('Matter 1');
    expect(() => group('Matter 2')).toThrow();
    expect(byLabel(group('Matter 1'), 'Case number').value).toBe('1:23-cv-00042');
    // Focus goes back to "Add matter", not to the page.
    expect(document.activeElement).toBe(button('Add matter'));
    await click(button('Save'));
    expect(onSave.mock.calls[0]![0].matters).toEqual([{ id: 'm2', caseNumber: '1:23-cv-00042', caseName: 'Acme v. Gadget', people: [] }]);
  });

  it('shows each issue beside its field, resolving list indexes against what was sent', async () => {
    const { onSave, setError } = await mount(draftFromClient(stored));
    const emails = byLabel(container, 'E-mail addresses');
    // Line 3 in the box, index 1 in what is sent: the blank line is dropped.
    await fill(emails, 'ana@acme.com\n\nana(at)home');
    await fill(byLabel(container, 'Maximum days between contacts'), '10');
    await fill(byLabel(container, 'Ideal days between contacts'), '20');
    await click(button('Save'));
    expect(onSave).toHaveBeenCalledTimes(1);

    await setError({
      message: 'Invalid updateClient: client.emails.1: Not a valid e-mail address; …',
      issues: [
        { path: 'client.emails.1', message: 'Not a valid e-mail address' },
        { path: 'client.cadence.maxDays', message: 'Maximum days must be at least the ideal days' },
        { path: 'client.matters.1.caseNumber', message: 'Too long' },
        { path: 'client.goals.0.text', message: 'A goal needs some text' },
        { path: 'client.somethingNew', message: 'Unexpected field' },
      ],
    });

    const emailField = emails.closest('.field')!;
    expect(emails.getAttribute('aria-invalid')).toBe('true');
    expect(emailField.querySelector('.field-errors')?.textContent).toBe('Not a valid e-mail address (“ana(at)home”)');
    expect(description(emails)).toContain('Not a valid e-mail address');

    const max = byLabel(container, 'Maximum days between contacts');
    expect(description(max)).toContain('Maximum days must be at least the ideal days');
    expect(description(byLabel(container, 'Ideal days between contacts'))).not.toContain('Maximum days');

    const caseNo2 = byLabel(group('Matter 2'), 'Case number');
    expect(caseNo2.getAttribute('aria-invalid')).toBe('true');
    expect(description(caseNo2)).toContain('Too long');
    expect(byLabel(group('Matter 1'), 'Case number').getAttribute('aria-invalid')).toBeNull();
    expect(description(byLabel(group('Goal 1'), 'Goal'))).toContain('A goal needs some text');

    // The summary names the fields and carries what could not be placed; the
    // field messages are not repeated there (one match per message for tests and readers).
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Not saved');
    expect(alert.textContent).toContain('E-mail addresses');
    expect(alert.textContent).toContain('Matter 2: Case number');
    expect(alert.textContent).toContain('Unexpected field');
    expect(alert.textContent).not.toContain('Not a valid e-mail address');
    expect(document.activeElement).toBe(alert);

    // Nothing typed is lost.
    expect(emails.value).toBe('ana@acme.com\n\nana(at)home');
    expect(byLabel(container, 'Name').value).toBe('Ana María López');

    // The summary's field links move focus to the field.
    await click(button('E-mail addresses', alert));
    expect(document.activeElement).toBe(emails);
  });

  it('shows an error without issues as a summary only', async () => {
    await mount(draftFromClient(stored), { message: 'Rapport is not reachable. Reload the page.', issues: [] });
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('Not saved. Rapport is not reachable. Reload the page.');
    expect(container.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('refuses a cadence that is not a whole number, without calling onSave', async () => {
    const { onSave } = await mount();
    await fill(byLabel(container, 'Name'), 'Bo');
    await fill(byLabel(container, 'Ideal days between contacts'), '1.5');
    await click(button('Save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(description(byLabel(container, 'Ideal days between contacts'))).toContain('whole number of days');
    await fill(byLabel(container, 'Ideal days between contacts'), '7');
    await click(button('Save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('labels every control exactly once and hints the domain rule', async () => {
    await mount(draftFromClient(stored));
    for (const l of [
      'Name',
      'Preferred name',
      'Organisation',
      'E-mail addresses',
      'Phones',
      'Domains',
      'Tags',
      'Ideal days between contacts',
      'Maximum days between contacts',
      'Family',
      'Interests',
      'Background',
      'How we met',
      'Notes',
    ])
      expect(byLabel(container, l)).toBeTruthy();
    expect(description(byLabel(container, 'Domains'))).toContain(
      'Anyone at these domains is matched — use only for a company client',
    );
    expect(byLabel(container, 'E-mail addresses').tagName).toBe('TEXTAREA');
    expect([...(byLabel(group('Goal 1'), 'Status') as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'open',
      'met',
      'revised',
      'dropped',
    ]);
  });
});

describe('ConfirmDialog', () => {
  it('asks in the page and reports the choice', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    await act(() =>
      render(
        <ConfirmDialog
          message="Delete Ana María López and all their logged interactions?"
          confirmLabel="Delete"
          onConfirm={onConfirm}
          onCancel={onCancel}
        />,
        container,
      ),
    );
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    const name = document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
    expect(name).toBe('Delete Ana María López and all their logged interactions?');
    expect(document.activeElement).toBe(button('Cancel'));
    await click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    await click(button('Delete'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
