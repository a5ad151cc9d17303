// The popup's and the backup nudge's counted and dated texts, read through the
// catalogue as Chrome would serve it: in English (what the e2e tests and the
// Data view read) and in Spanish (plural forms, word order and Intl formats of
// the other language, with the same code).
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupFooter, backupReminder } from '../../../lib/backup/reminder';
import { chromeMessages } from '../../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../../lib/i18n/messages';
import { resetLanguageForTests } from '../../../lib/i18n/t';
import type { CadenceState } from '../../../lib/model/cadence';
import { chromeGetMessage } from '../setup-i18n';
import { countsText, loggedText, sinceVersusCadence, STATUS_LABELS } from '../../../components/popup/format';
import { tn } from '../../../lib/i18n/t';

const DAY = 86_400_000;
const now = new Date(2026, 10, 30, 12).getTime();
const cadence = (daysSince: number | undefined, maxDays?: number) => ({ status: 'overdue', daysSince, maxDays }) as unknown as CadenceState;

function speakSpanish(): void {
  const spanish = chromeMessages(MESSAGES, 'es');
  (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(spanish, key, subs);
  resetLanguageForTests();
}

afterEach(() => {
  fakeBrowser.reset();
  resetLanguageForTests();
});

describe('popup texts in English', () => {
  it('the backup nudge and footer say how long ago, in days', () => {
    expect(backupReminder({ backupDue: true }, now)).toBe('No backup yet: back up in Options → Data.');
    expect(backupReminder({ backupDue: true, lastBackupAt: now - 31 * DAY }, now)).toBe('Last backup 31 days ago: back up in Options → Data.');
    expect(backupReminder({ backupDue: false, lastBackupAt: now - 31 * DAY }, now)).toBeNull();
    expect(backupFooter({ backupDue: false, lastBackupAt: now - 31 * DAY }, now)).toEqual({ text: 'Last backup 31 days ago.', due: false });
    expect(backupFooter({ backupDue: false, lastBackupAt: now - DAY - 1 }, now)?.text).toBe('Last backup yesterday.');
    expect(backupFooter({ backupDue: false, lastBackupAt: now - 60_000 }, now)?.text).toBe('Last backup today.');
    // A backup stamped ahead of this machine's clock is still "today", never "tomorrow".
    expect(backupFooter({ backupDue: false, lastBackupAt: now + 60_000 }, now)?.text).toBe('Last backup today.');
    expect(backupFooter({ backupDue: false }, now)).toBeNull();
  });

  it('days against the cadence, counts side by side, what a log wrote', () => {
    expect(sinceVersusCadence(cadence(17, 14))).toBe('17 days (max 14)');
    expect(sinceVersusCadence(cadence(1, 14))).toBe('1 day (max 14)');
    expect(sinceVersusCadence(cadence(1200))).toBe('1,200 days');
    expect(sinceVersusCadence(cadence(undefined))).toBe('No contact yet');
    expect(countsText([tn('popup_overdue_count', 2), tn('popup_due_count', 1)])).toBe('2 overdue, 1 due');
    expect(loggedText('call', 'Maria Alvarez')).toBe('Call with Maria Alvarez');
    expect(loggedText('note', 'Thomas Becker')).toBe('Note about Thomas Becker');
    expect(loggedText('email-out', 'Thomas Becker')).toBe('E-mail with Thomas Becker');
    expect(STATUS_LABELS['on-track']).toBe('On track');
  });
});

describe('popup texts in Spanish', () => {
  it('read in the language the browser serves, each time they are shown', () => {
    speakSpanish();
    expect(STATUS_LABELS.overdue).toBe('Vencido');
    expect(backupReminder({ backupDue: true, lastBackupAt: now - 31 * DAY }, now)).toBe('Última copia de seguridad: hace 31 días. Haga una en Opciones → Datos.');
    expect(backupFooter({ backupDue: false, lastBackupAt: now - DAY - 1 }, now)?.text).toBe('Última copia de seguridad: ayer.');
    expect(sinceVersusCadence(cadence(1, 14))).toBe('1 día (máx. 14)');
    expect(sinceVersusCadence(cadence(17, 14))).toBe('17 días (máx. 14)');
    expect(countsText([tn('popup_overdue_count', 2), tn('popup_due_count', 1)])).toBe('2 vencidos y 1 vence');
    expect(loggedText('meeting', 'Priya Raman')).toBe('reunión con Priya Raman');
  });
});
