/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { BriefPage } from '../../../components/brief/brief-page';
import type { BriefInput } from '../../../lib/brief/assemble';

let el: HTMLElement;
beforeEach(() => {
  el = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, el);
  el.remove();
});

const input: BriefInput = {
  client: {
    id: 'c1', name: 'Ana Ruiz', emails: [], phones: [], domains: [], matters: [], tags: [], goals: [], createdAt: 0, updatedAt: 0,
    notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
  },
  interactions: [],
  deadlines: [],
  filings: [],
  openQuestions: [],
  now: Date.UTC(2026, 2, 10),
};

describe('BriefPage', () => {
  it('loads the client named in the page address and shows the brief', async () => {
    const load = vi.fn().mockResolvedValue(input);
    await act(async () => {
      render(<BriefPage clientId="c1" load={load} locale="en-US" />, el);
    });
    await act(async () => {});
    expect(load).toHaveBeenCalledWith('c1');
    expect(el.querySelector('h1')!.textContent).toBe('Ana Ruiz');
    expect(document.title).toBe('Brief — Ana Ruiz');
  });

  it('says what went wrong when loading fails or no client is given', async () => {
    await act(async () => {
      render(<BriefPage clientId="gone" load={() => Promise.reject(new Error('No such client'))} />, el);
    });
    await act(async () => {});
    expect(el.querySelector('[role=alert]')!.textContent).toBe('No such client');
    render(null, el);
    await act(async () => {
      render(<BriefPage clientId={null} load={vi.fn()} />, el);
    });
    expect(el.querySelector('[role=alert]')!.textContent).toMatch(/No client given/);
  });
});
