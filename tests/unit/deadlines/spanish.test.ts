// The deadlines area read in Spanish, the way Chrome serves it with --lang=es:
// the built es messages.json behind browser.i18n.getMessage. Counts, lists
// and dates must come out in Spanish grammar, and the default heads-up
// template must keep its placeholders through the translation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages } from '../../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../../lib/i18n/messages';
import { resetLanguageForTests } from '../../../lib/i18n/t';
import { badgeTitle } from '../../../lib/background/badge';
import { reminderText } from '../../../lib/background/reminders';
import { DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS } from '../../../lib/deadlines/labels';
import { DEFAULT_HEADS_UP_TEMPLATE, draftHeadsUp, headsUpTemplateSchema } from '../../../lib/deadlines/heads-up';
import { daysLeftText, showDue } from '../../../components/deadlines/format';
import { chromeGetMessage } from '../setup-i18n';

const spanish = chromeMessages(MESSAGES, 'es');

beforeEach(() => {
  (fakeBrowser.i18n as unknown as Record<string, unknown>).getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(spanish, key, subs);
  resetLanguageForTests();
});
afterEach(() => {
  fakeBrowser.reset(); // back to English (tests/unit/setup-i18n.ts)
  resetLanguageForTests();
});

describe('deadlines in Spanish', () => {
  it('labels kinds and states', () => {
    expect(DEADLINE_KIND_LABELS.promise).toBe('Compromiso con el cliente');
    expect(Object.keys(DEADLINE_STATE_LABELS).map((k) => DEADLINE_STATE_LABELS[k as keyof typeof DEADLINE_STATE_LABELS])).toEqual(['Próximo', 'En riesgo', 'Vencido', 'Hecho']);
  });

  it('writes dates and days left the Spanish way', () => {
    expect(showDue('2026-03-09', '17:00')).toBe('lun, 9 mar 2026, 17:00');
    expect(daysLeftText(-1)).toBe('ayer');
    expect(daysLeftText(17)).toBe('dentro de 17 días');
  });

  it('counts in the tooltip and the notification agree in number, and lists join with "y"', () => {
    expect(badgeTitle({ overdue: 4, due: 1, atRisk: 2, missed: 1 })).toBe('Rapport — el número cuenta plazos: 1 plazo vencido y 2 en riesgo; 4 clientes con contacto vencido y 1 por contactar');
    expect(badgeTitle({ overdue: 1, due: 0, atRisk: 0, missed: 0 })).toBe('Rapport — 1 cliente con contacto vencido');
    const entry = { id: 'p', name: 'Priya Raman', cadence: { status: 'overdue' as const, daysSince: 1, idealDays: 7, maxDays: 14 } };
    const text = reminderText([entry], { counts: { overdue: 1, due: 0 }, maxLines: 1, checkIns: { items: [], total: 3 } });
    expect(text).toEqual({ title: 'Rapport: 3 clientes con quienes comunicarse y 1 cliente con contacto vencido', message: 'Priya Raman — 1 día (máx. 14)\n…y 3 más' });
  });

  it('drafts the heads-up from the Spanish default template, its placeholders filled', () => {
    expect(DEFAULT_HEADS_UP_TEMPLATE.body).toContain('{title}, que tenía previsto para el {due}');
    expect(headsUpTemplateSchema.safeParse(DEFAULT_HEADS_UP_TEMPLATE).success).toBe(true);
    const r = draftHeadsUp({
      template: DEFAULT_HEADS_UP_TEMPLATE,
      client: { name: 'Ana Ruiz', email: 'ana@example.com' },
      deadline: { title: 'el borrador del contrato', dueDate: '2026-03-10' },
      reason: 'El abogado del arrendador envió una cláusula nueva',
      newDate: '2026-03-13',
      sender: 'María López',
      now: new Date(2026, 2, 6, 9).getTime(),
    });
    expect(r.ok && r.draft).toEqual({
      to: 'ana@example.com',
      subject: 'Novedades sobre el borrador del contrato',
      body: [
        'Estimado/a Ana Ruiz:',
        '',
        'Quiero avisarle con anticipación: el borrador del contrato, que tenía previsto para el martes, 10 de marzo de 2026, se retrasará. El abogado del arrendador envió una cláusula nueva.',
        '',
        'La nueva fecha es el viernes, 13 de marzo de 2026. Lamento el retraso.',
        '',
        'Si la nueva fecha le causa alguna dificultad, por favor dígamelo y buscaremos una solución.',
        '',
        'María López',
      ].join('\n'),
    });
  });

  it('says what is wrong in Spanish', () => {
    expect(headsUpTemplateSchema.safeParse({ ...DEFAULT_HEADS_UP_TEMPLATE, subject: ' ' }).error?.issues[0]?.message).toBe('El asunto no puede estar vacío');
    const r = draftHeadsUp({
      template: { ...DEFAULT_HEADS_UP_TEMPLATE, subject: 'Sobre {asunto}' },
      client: { name: 'Ana', email: '' },
      deadline: { title: 'x', dueDate: '2026-03-10' },
      reason: '',
      newDate: '2026-03-13',
      now: new Date(2026, 2, 6, 9).getTime(),
    });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Marcador desconocido \{asunto\}: use \{client\}, \{title\}/),
      'El cliente no tiene una dirección de correo electrónico válida (ninguna)',
      'Explique por qué se retrasa: el cliente merece conocer el motivo',
    ]);
  });
});
