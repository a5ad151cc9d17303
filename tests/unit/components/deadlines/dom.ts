// Finding and driving controls the way a user (and a screen reader) would: by label and by name.
import { act } from 'preact/test-utils';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function byLabel(root: ParentNode, text: string): Control {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent?.trim() === text);
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`);
  const el = (root as Element).ownerDocument!.getElementById(labels[0]!.htmlFor);
  if (!el) throw new Error(`label "${text}" points at nothing`);
  return el as Control;
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const b = all.find((x) => {
    const n = (x.getAttribute('aria-label') ?? x.textContent ?? '').trim();
    return typeof name === 'string' ? n === name : name.test(n);
  });
  if (!b) throw new Error(`no button "${name}" among ${all.map((x) => x.getAttribute('aria-label') ?? x.textContent).join(' | ')}`);
  return b;
}

export async function fill(el: Control, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}

export async function submit(form: HTMLFormElement) {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Lets pending promises (an awaited onSave) settle inside act. */
export async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

export function described(el: Element): string {
  const doc = el.ownerDocument!;
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
