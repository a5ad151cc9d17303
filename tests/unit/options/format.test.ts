// When a client was last contacted, and the conflict report, in English and
// in Spanish: the Spanish test swaps the fake browser's messages for the
// built Spanish catalogue, as Chromium with --lang=es would serve them.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { daysAgo, cadenceText, relativeContact } from '../../../entrypoints/options/format';
import { buildConflictIndex } from '../../../lib/identity/conflicts';
import { conflictReport, conflictReportText, scopeText, summaryText } from '../../../lib/identity/conflict-report';
import { chromeMessages } from '../../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../../lib/i18n/messages';
import { resetLanguageForTests } from '../../../lib/i18n/t';
import { INTERACTION_LABELS, NOTE_FIELDS } from '../../../lib/model/labels';
import { chromeGetMessage } from '../setup-i18n';

function speakSpanish() {
  const spanish = chromeMessages(MESSAGES, 'es');
  (fakeBrowser.i18n as unknown as Record<string, unknown>).getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(spanish, key, subs);
  resetLanguageForTests();
}

afterEach(() => {
  fakeBrowser.reset(); // English again
  resetLanguageForTests();
});

describe('how long since the last contact', () => {
  it('counts calendar days, then weeks, months and years, in English', () => {
    expect([0, 1, 3, 20, 21, 59, 60, 364, 365, 800].map(daysAgo)).toEqual([
      'today',
      'yesterday',
      '3 days ago',
      '20 days ago',
      '3 weeks ago',
      '8 weeks ago',
      '2 months ago',
      '12 months ago',
      'over a year ago',
      'over 2 years ago',
    ]);
    // A call late last night is "yesterday" this morning.
    expect(relativeContact(new Date(2026, 10, 25, 23, 30).getTime(), new Date(2026, 10, 26, 8).getTime())).toBe('yesterday');
    expect(cadenceText('never')).toBe('no contact yet');
  });

  it('says the same in Spanish', () => {
    speakSpanish();
    expect([0, 1, 3, 21, 60, 365, 800].map(daysAgo)).toEqual(['hoy', 'ayer', 'hace 3 días', 'hace 3 semanas', 'hace 2 meses', 'hace más de un año', 'hace más de 2 años']);
    expect(cadenceText('overdue')).toBe('vencido');
  });
});

describe('labels read when shown', () => {
  it('follow the language of the messages, not the one at import', () => {
    expect(INTERACTION_LABELS.call).toBe('Call');
    expect(NOTE_FIELDS.map(([, label]) => label)).toEqual(['Family', 'Interests', 'Background', 'How we met', 'Notes']);
    speakSpanish();
    expect(INTERACTION_LABELS.call).toBe('Llamada');
    const [key, label] = NOTE_FIELDS[3]!;
    expect([key, label]).toEqual(['howWeMet', 'Cómo nos conocimos']);
  });
});

describe('the conflict report in Spanish', () => {
  it('counts, joins and words every line in Spanish, numbers in Spanish style', () => {
    speakSpanish();
    const index = buildConflictIndex([
      { id: 'c1', name: 'Elena Ruiz', emails: ['elena@example.com'], matters: [{ id: 'm1', caseName: 'Ruiz v. Harbor Properties', caseNumber: '24-001', people: [] }] },
      { id: 'c2', name: 'Sergey Ivanov', emails: [], matters: [] },
    ]);
    expect(scopeText({ clients: 1, matters: 2, people: 1, parties: 1200 })).toBe('1 cliente, 2 asuntos, 1 persona de un asunto y 1200 nombres de partes');
    const report = conflictReport(index, { name: 'Sergei Ivanov' }, new Date(2026, 10, 26, 15, 45).getTime());
    expect(summaryText(report)).toBe('1 posible coincidencia para Sergei Ivanov.');
    const lines = conflictReportText(report).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Verificación de conflictos de Rapport', 'Verificado: Sergei Ivanov']);
    expect(lines[2]).toMatch(/^Fecha: 26 nov 2026/);
    expect(lines).toContain('1. Posible coincidencia — Cliente');
    expect(lines).toContain('   - Escrito de otra forma: “Sergei Ivanov” y “Sergey Ivanov”');
    expect(summaryText(conflictReport(index, { name: 'Quentin Zyx' }, 0))).toBe('Ninguna coincidencia en los registros de Rapport para Quentin Zyx.');
  });
});
