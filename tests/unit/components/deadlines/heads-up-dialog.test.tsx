/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HeadsUpDialog, type HeadsUpDialogProps } from '../../../../components/deadlines/heads-up-dialog';
import { DEFAULT_HEADS_UP_TEMPLATE } from '../../../../lib/deadlines/heads-up';
import { button, byLabel, click, described, fill, settle } from './dom';

const NOW = new Date(2026, 2, 10, 9).getTime(); // Tue 10 March 2026

let el: HTMLElement;
beforeEach(() => {
  el = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, el);
  el.remove();
});

function props(p: Partial<HeadsUpDialogProps> = {}): HeadsUpDialogProps {
  return {
    client: { name: 'Ana Ruiz', email: 'ana@example.com' },
    deadline: { title: 'the draft lease', dueDate: '2026-03-12' },
    template: DEFAULT_HEADS_UP_TEMPLATE,
    compose: 'gmail',
    sender: 'Maria Lopez',
    locale: 'en-US',
    now: NOW,
    onOpen: vi.fn(),
    onCopy: vi.fn().mockResolvedValue(undefined),
    onSent: vi.fn(),
    onClose: vi.fn(),
    ...p,
  };
}

describe('HeadsUpDialog', () => {
  it('is a labelled dialog that starts on the reason, with a weekday proposed after the due date', async () => {
    await act(() => render(<HeadsUpDialog {...props()} />, el));
    const dialog = el.querySelector('[role=dialog]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Tell Ana Ruiz: “the draft lease” will be late');
    expect(document.activeElement).toBe(byLabel(el, 'Why (the client will read this)'));
    // Due Thu 12 March; three days on is Sunday 15th, so Monday 16th.
    expect(byLabel(el, 'New date').value).toBe('2026-03-16');
  });

  it('will not open anything until the lawyer says why', async () => {
    const p = props();
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await click(button(el, 'Open in Gmail'));
    expect(p.onOpen).not.toHaveBeenCalled();
    expect(described(byLabel(el, 'Why (the client will read this)'))).toMatch(/Say why/);
  });

  it('previews the message, then opens the Gmail compose with the deadline, the new date and the client’s name', async () => {
    const p = props();
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await fill(byLabel(el, 'Why (the client will read this)'), 'The landlord sent a new rider on Friday');
    await fill(byLabel(el, 'New date'), '2026-03-17');
    const preview = el.querySelector('[aria-label="Message preview"]')!.textContent!;
    expect(preview).toContain('To: ana@example.com');
    expect(preview).toContain('Subject: Update on the draft lease');
    expect(preview).toContain('The new date is Tuesday, March 17, 2026.');
    expect(button(el, /^Open in/).textContent).toBe('Open in Gmail'); // the preferred target comes first
    await click(button(el, 'Open in Gmail'));
    await settle();
    const url = new URL((p.onOpen as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string);
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.get('to')).toBe('ana@example.com');
    expect(url.searchParams.get('body')).toContain('Dear Ana Ruiz,');
    expect(url.searchParams.get('body')).toContain('the draft lease, which I planned for Thursday, March 12, 2026, will be late. The landlord sent a new rider on Friday.');
    expect(url.searchParams.get('body')).toContain('Tuesday, March 17, 2026');
    expect(p.onCopy).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Opened in Gmail. Review it there and send.');
  });

  it('logs nothing until the lawyer says it was sent', async () => {
    const p = props({ compose: 'outlook' });
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await fill(byLabel(el, 'Why (the client will read this)'), 'Waiting on the appraisal');
    expect(el.textContent).not.toContain('I sent it');
    await click(button(el, 'Open in Outlook on the web'));
    await settle();
    expect((p.onOpen as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=ana%40example\.com&subject=/);
    expect(p.onSent).not.toHaveBeenCalled();
    await click(button(el, 'I sent it — log it as a note'));
    expect(p.onSent).toHaveBeenCalledWith(expect.objectContaining({ to: 'ana@example.com', subject: 'Update on the draft lease' }));
  });

  it('a message too long for a link goes to the clipboard first, then the compose opens without it', async () => {
    const p = props({ compose: 'mailto' });
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await fill(byLabel(el, 'Why (the client will read this)'), 'Long story. '.repeat(150));
    await click(button(el, 'Open in Default mail app'));
    await settle();
    expect((p.onCopy as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toContain('Dear Ana Ruiz,');
    const url = (p.onOpen as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string;
    expect(url.startsWith('mailto:ana@example.com?subject=')).toBe(true);
    expect(url).not.toContain('body=');
    expect(el.textContent).toContain('It is on your clipboard');
  });

  it('Copy puts the whole draft on the clipboard; a refused clipboard says so and opens nothing', async () => {
    const p = props({ onCopy: vi.fn().mockRejectedValue(new Error('denied')) });
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await fill(byLabel(el, 'Why (the client will read this)'), 'Court moved the hearing');
    await click(button(el, 'Copy'));
    await settle();
    expect((p.onCopy as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatch(/^To: ana@example.com\nSubject: Update on the draft lease\n\nDear Ana Ruiz,/);
    expect(el.textContent).toContain('Could not copy');
    expect(el.textContent).not.toContain('I sent it');
  });

  it('refuses a new date before the current due date', async () => {
    const p = props();
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await fill(byLabel(el, 'Why (the client will read this)'), 'x');
    await fill(byLabel(el, 'New date'), '2026-03-11');
    await click(button(el, 'Open in Gmail'));
    expect(described(byLabel(el, 'New date'))).toMatch(/before the current due date/);
    expect(p.onOpen).not.toHaveBeenCalled();
  });

  it('Escape and Close both close', async () => {
    const p = props();
    await act(() => render(<HeadsUpDialog {...p} />, el));
    await click(button(el, 'Close'));
    await act(() => {
      el.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });
});
