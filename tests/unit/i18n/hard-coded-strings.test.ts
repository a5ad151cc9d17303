import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, typed by its use here
import { scan, scanSource, UI_ROOTS } from '../../../scripts/i18n/hard-coded.mjs';

type Finding = { file: string; line: number; rule: string; text: string };

// Lib modules whose texts people read (labels, notifications, reports). The
// rest of lib holds data (court names, CSV headers, case-number shapes) and
// developer errors, which stay as they are.
const UI_LIB = [
  'lib/mood/trend.ts',
  // Errors, reasons and steps built in lib/ and shown as they are: importers,
  // backups, the background's stores, router and notifications, model
  // validation, court days, portals. Data in them (court names, CSV headers,
  // rule citations) carries an i18n-ignore that says why.
  'lib/import',
  'lib/backup',
  'lib/model',
  'lib/deadlines',
  'lib/db/repos',
  'lib/db/bulk.ts',
  'lib/db/write.ts',
  'lib/messaging',
  'lib/background',
  'lib/portals',
  'lib/export',
  'lib/identity',
];

describe('no hard-coded UI strings', () => {
  it('every text in components/, entrypoints/ and the UI parts of lib/ comes from the catalogue', () => {
    const found = scan([...UI_ROOTS, ...UI_LIB]) as Finding[];
    expect(found.map((f) => `${f.file}:${f.line} ${f.rule} ${f.text}`)).toEqual([]);
  });

  it('finds each kind of hard-coded text, and not what is not text', () => {
    const src = [
      "import x from './Some Module';",
      'export const A = () => (',
      '  <div class="Big Box" title="Open the client" aria-label={busy ? "Saving now" : t("common_save")}>',
      '    Last contact',
      "    {busy ? 'Saving…' : t('common_save')}",
      "    {cls('btn primary')}",
      '    <span>{n} · </span>',
      '  </div>',
      ');',
      "el.textContent = 'Resize Rapport';",
      "const msg = 'Could not save the client.';",
      "if (e.key === 'Escape Key') done();",
      "console.log('Debug output here');",
      "const ok = 'Fine'; // i18n-ignore: a test of the escape",
    ].join('\n');
    const found = (scanSource('x.tsx', src) as Finding[]).map((f) => `${f.line} ${f.rule} ${f.text}`);
    expect(found).toEqual([
      '3 jsx-attr title="Open the client"',
      "3 jsx-attr aria-label={…'Saving now'…}",
      '4 jsx-text Last contact',
      '5 jsx-child Saving…',
      '10 dom-text Resize Rapport',
      '11 sentence Could not save the client.',
    ]);
  });
});
