/** @vitest-environment happy-dom */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ColumnMapping } from '../../../components/data/ColumnMapping';
import { ImportPreview } from '../../../components/data/ImportPreview';
import { RestorePreview } from '../../../components/data/RestorePreview';
import { guessMapping, type Mapping } from '../../../lib/import/mapping';
import { mappingProblem } from '../../../lib/import/index';
import { previewImport } from '../../../lib/import/preview';
import { rowToClient } from '../../../lib/import/rows';
import { parseCsv } from '../../../lib/import/csv';
import { planRestore } from '../../../lib/backup/restore-plan';
import { memoryExistingData } from '../../../lib/backup/existing';
import { validateBackup } from '../../../lib/backup/validate';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { backupDoc, client, interaction } from '../data/records';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const status = () => container.querySelector('[role="status"]')?.textContent?.trim();
const button = (name: string) => {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};
/** The control whose <label for> reads `text`. */
const byLabel = (text: string) => {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent?.trim() === text);
  if (!l) throw new Error(`no label "${text}"`);
  return document.getElementById(l.htmlFor) as HTMLSelectElement;
};
const headers = (table: Element) => [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());

describe('ColumnMapping', () => {
  function Harness({ initial, onConfirm }: { initial: Mapping; onConfirm: (m: Mapping) => void }) {
    const [m, setM] = useState(initial);
    return <ColumnMapping fileName="clio.csv" mapping={m} samples={[['Ms.', 'Zoë', 'zoe@x.example'], ['', 'Lan', '']]} problem={mappingProblem(m)} onChange={setM} onConfirm={() => onConfirm(m)} onCancel={() => {}} />;
  }

  it('shows each column with examples and a labelled choice; changing choices updates the count and the problem', async () => {
    const onConfirm = vi.fn();
    await act(() => render(<Harness initial={guessMapping(['title', 'Vorname', 'Mail'])} onConfirm={onConfirm} />, container));
    const table = container.querySelector('table')!;
    expect(headers(table)).toEqual(['Column in the file', 'Example values', 'Import as']);
    expect([...table.querySelectorAll('tbody th')].map((t) => t.textContent)).toEqual(['title', 'Vorname', 'Mail']);
    expect(table.querySelector('tbody tr:nth-child(2) td')?.textContent).toBe('Zoë · Lan');
    expect(status()).toBe('0 of 3 columns will be imported.');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Choose at least one column for the name, organisation or e-mail address.');
    expect(button('Continue to preview').disabled).toBe(true);

    const given = byLabel('Import “Vorname” as');
    await act(() => {
      given.value = 'firstName';
      given.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const mail = byLabel('Import “Mail” as');
    await act(() => {
      mail.value = 'email';
      mail.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(status()).toBe('2 of 3 columns will be imported.');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    await act(() => button('Continue to preview').click());
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ columns: [expect.objectContaining({ target: 'ignore' }), expect.objectContaining({ target: 'firstName' }), expect.objectContaining({ target: 'email' })] }));
  });
});

describe('ImportPreview', () => {
  async function preview() {
    const t = parseCsv('Name,Email,Phone\nAna,ana@acme.com,\nBen,ben@,\n"Cy\nJr.",cy@x.example,\nAna R.,ana@acme.com,555 0100\nDi,di@x.example,\n');
    if (!t.ok) throw new Error('csv');
    const m = guessMapping(t.table.headers);
    const rows = t.table.rows.map((r) => rowToClient(r, m));
    const existing = client('di', { name: 'Di', emails: ['di@x.example'] });
    return previewImport(rows, memoryExistingData({ settings: DEFAULT_SETTINGS, clients: [existing] }));
  }

  it('lists every row with its line and outcome, counts in a live region, errors with their reason', async () => {
    const p = await preview();
    const onConfirm = vi.fn();
    await act(() => render(<ImportPreview fileName="contacts.csv" preview={p} onConfirm={onConfirm} onCancel={() => {}} />, container));
    expect(status()).toBe('5 rows: 2 new, 1 merged into existing clients, 1 duplicate skipped, 1 error.');
    const table = container.querySelector('table')!;
    expect(headers(table)).toEqual(['Line', 'Contact', 'Outcome', 'Details']);
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells.map((c) => c.slice(0, 3))).toEqual([
      ['2', 'Ana', 'New client'],
      ['3', '—', 'Error'],
      ['4', 'Cy\nJr.', 'New client'],
      ['6', 'Ana R.', 'Merged'],
      ['7', 'Di', 'Skipped (duplicate)'],
    ]);
    expect(cells[1]![3]).toBe('“ben@” in column “Email” is not an e-mail address.');
    expect(cells[3]![3]).toBe("Same e-mail (ana@acme.com) as line 2; adds what the client lacks, keeps the client's own name.");
    expect(cells[4]![3]).toBe('Already in Rapport (di@x.example); nothing new.');
    await act(() => button('Import 2 clients').click());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('can show only the problems, and pages long files', async () => {
    const p = await preview();
    await act(() => render(<ImportPreview fileName="c.csv" preview={p} pageSize={2} onConfirm={() => {}} onCancel={() => {}} />, container));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(container.textContent).toContain('Showing the first 2 of 5 rows.');
    const box = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    await act(() => {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([...container.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent)).toEqual(['3', '7']);
  });
});

describe('RestorePreview', () => {
  it('an invalid file: says nothing changed, lists every error with its path, offers no Restore', async () => {
    const v = validateBackup(backupDoc({ clients: [{ ...client('a'), emails: ['nope'] }, client('b'), client('b')] }));
    if (v.ok) throw new Error('expected errors');
    const noop = () => {};
    await act(() =>
      render(
        <RestorePreview fileName="b.json" errors={v.errors} prefer="backup" restoreSettings onPreferChange={noop} onRestoreSettingsChange={noop} onConfirm={noop} onCancel={noop} />,
        container,
      ),
    );
    expect(status()).toBe('This file cannot be restored: 2 errors. Nothing has been changed.');
    expect([...container.querySelectorAll('.data-errors li')].map((li) => li.textContent)).toEqual(['clients[0].emails[0] not a valid e-mail address', 'clients[2].id duplicate client id "b" (also clients[1])']);
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Close']);
  });

  it('a valid plan: counts table with headers, conflicts named, choices reported through callbacks', async () => {
    const current = [client('a', { name: 'Ana', organisation: 'Acme' }), client('db', { name: 'Ben', emails: ['ben@acme.com'] })];
    const v = validateBackup(
      backupDoc({
        clients: [client('a', { name: 'Ana', organisation: 'Acme Ltd' }), client('bk', { name: 'Ben', emails: ['ben@acme.com'], phones: ['1'] }), client('new')],
        interactions: [interaction('i1', 'new'), interaction('i2', 'bk')],
        portals: [
          { origin: 'https://efile.example-court.gov', addedAt: 1, efiling: true },
          { origin: 'https://already.example-court.gov', addedAt: 2 },
        ],
      }),
    );
    if (!v.ok) throw new Error('invalid');
    const r = await planRestore(v.backup, memoryExistingData({ settings: DEFAULT_SETTINGS, clients: current, portals: ['https://already.example-court.gov'] }));
    if (!r.ok) throw new Error('plan');
    const onPrefer = vi.fn();
    const onSettings = vi.fn();
    const onConfirm = vi.fn();
    await act(() =>
      render(
        <RestorePreview fileName="b.json" plan={r.plan} prefer="backup" restoreSettings onPreferChange={onPrefer} onRestoreSettingsChange={onSettings} onConfirm={onConfirm} onCancel={() => {}} />,
        container,
      ),
    );
    expect(status()).toBe('Clients: 1 new, 2 already here (1 in conflict). Interactions: 2 new, 0 already here.');
    const [counts, clients] = [...container.querySelectorAll('table')];
    expect(headers(counts!)).toEqual(['Records', 'New', 'Already here', 'Merged', 'Conflicts', 'Other']);
    expect([...counts!.querySelectorAll('tbody tr:first-child > *')].map((c) => c.textContent)).toEqual(['Clients', '1', '0', '1', '1', '—']);
    // Only the portal not listed yet is new, and the preview names it.
    const portals = container.querySelector('ul[aria-label="New portals"]')!;
    expect([...portals.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['https://efile.example-court.gov e-filing portal, new: added to your portals']);
    expect([...counts!.querySelectorAll('tbody tr:last-child > *')].map((c) => c.textContent)).toEqual(['Portals', '1', '1', '—', '—', '—']);
    expect(container.textContent).toContain('Rapport will ask again for access to efile.example-court.gov');
    const rows = [...clients!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Ana', 'Conflict', 'Differs in organisation; the backup’s value is kept. '],
      ['Ben', 'Merged into an existing client', 'Same e-mail address (ben@acme.com). '],
    ]);
    await act(() => (container.querySelector('input[value="current"]') as HTMLInputElement).click());
    expect(onPrefer).toHaveBeenCalledWith('current');
    const settings = [...container.querySelectorAll('input[type="checkbox"]')][0] as HTMLInputElement;
    await act(() => settings.click());
    expect(onSettings).toHaveBeenCalledWith(false);
    await act(() => button('Restore').click());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
