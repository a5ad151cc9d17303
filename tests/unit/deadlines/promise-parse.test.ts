// The one-line promise, with the clock fixed on Friday 6 March 2026, 09:00.
import { describe, expect, it } from 'vitest';
import { es } from 'date-fns/locale/es';
import { enGB } from 'date-fns/locale/en-GB';
import { parsePromise, type ParsedPromise } from '../../../lib/deadlines/promise-parse';

const NOW = new Date(2026, 2, 6, 9, 0).getTime(); // a Friday
const read = (line: string, locale?: typeof es) => parsePromise(line, { now: NOW, locale });

describe('English, en-US', () => {
  it.each<[string, Partial<ParsedPromise>]>([
    ['Promise: send the draft lease · Fri', { title: 'send the draft lease', dueDate: '2026-03-13', when: 'Fri' }],
    ['send draft Tuesday', { title: 'send draft', dueDate: '2026-03-10' }],
    ['call back tomorrow', { title: 'call back', dueDate: '2026-03-07' }],
    ['filing copy by 12/3', { title: 'filing copy', dueDate: '2026-12-03', when: 'by 12/3' }],
    ['call Ana in 3 days', { title: 'call Ana', dueDate: '2026-03-09' }],
    ['send the settlement figures in 2 weeks', { title: 'send the settlement figures', dueDate: '2026-03-20' }],
    ['review lease in a week', { title: 'review lease', dueDate: '2026-03-13' }],
    ['send the draft · today', { title: 'send the draft', dueDate: '2026-03-06' }],
    ['send the draft on Monday', { title: 'send the draft', dueDate: '2026-03-09' }],
    ['send the draft by next Thurs', { title: 'send the draft', dueDate: '2026-03-12' }],
    ['send the draft by Dec 3', { title: 'send the draft', dueDate: '2026-12-03' }],
    ['send the draft by 3rd December', { title: 'send the draft', dueDate: '2026-12-03' }],
    ['send the draft by December 3, 2027', { title: 'send the draft', dueDate: '2027-12-03' }],
    ['send the draft - 2026-04-01', { title: 'send the draft', dueDate: '2026-04-01' }],
    ['send the draft | 12/3/26', { title: 'send the draft', dueDate: '2026-12-03' }],
    ['send the draft Fri 5pm', { title: 'send the draft', dueDate: '2026-03-13', dueTime: '17:00' }],
    ['send the draft tomorrow at 9:30 am', { title: 'send the draft', dueDate: '2026-03-07', dueTime: '09:30' }],
    ['call the clerk tomorrow 17:00', { title: 'call the clerk', dueDate: '2026-03-07', dueTime: '17:00' }],
    ['tomorrow: call back about the deposit', { title: 'call back about the deposit', dueDate: '2026-03-07' }],
    ['pay the filing fee by 1/3', { title: 'pay the filing fee', dueDate: '2027-01-03' }], // 3 January has passed: next year's
    ['Promise — send the draft — Fri', { title: 'send the draft', dueDate: '2026-03-13' }],
  ])('%s', (line, expected) => {
    const r = read(line);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
    if (r.ok && !expected.dueTime) expect(r.value.dueTime).toBeUndefined();
  });

  it('"Fri" typed on a Friday is next Friday; "today" is today', () => {
    expect(read('x · Fri')).toMatchObject({ ok: true, value: { dueDate: '2026-03-13' } });
    expect(read('x · Friday')).toMatchObject({ ok: true, value: { dueDate: '2026-03-13' } });
    expect(read('x · Sat')).toMatchObject({ ok: true, value: { dueDate: '2026-03-07' } });
    expect(read('x · Thursday')).toMatchObject({ ok: true, value: { dueDate: '2026-03-12' } });
  });
});

describe('the user’s locale', () => {
  it('en-GB and es read 12/3 day first', () => {
    expect(read('filing copy by 12/3', enGB)).toMatchObject({ ok: true, value: { dueDate: '2026-03-12' } });
    expect(read('copia del escrito antes del 12/3', es)).toMatchObject({ ok: true, value: { title: 'copia del escrito', dueDate: '2026-03-12' } });
  });

  it.each<[string, Partial<ParsedPromise>]>([
    ['Promesa: enviar el borrador · vie', { title: 'enviar el borrador', dueDate: '2026-03-13' }],
    ['enviar el borrador el viernes', { title: 'enviar el borrador', dueDate: '2026-03-13' }],
    ['revisar el contrato el miércoles', { title: 'revisar el contrato', dueDate: '2026-03-11' }],
    ['revisar el contrato el miercoles', { title: 'revisar el contrato', dueDate: '2026-03-11' }],
    ['llamar a Ana mañana', { title: 'llamar a Ana', dueDate: '2026-03-07' }],
    ['llamar a Ana pasado mañana', { title: 'llamar a Ana', dueDate: '2026-03-08' }],
    ['llamar mañana a las 17:00', { title: 'llamar', dueDate: '2026-03-07', dueTime: '17:00' }],
    ['enviar copia en 3 días', { title: 'enviar copia', dueDate: '2026-03-09' }],
    ['enviar copia dentro de dos semanas', { title: 'enviar copia', dueDate: '2026-03-20' }],
    ['enviar copia para el 3 de diciembre', { title: 'enviar copia', dueDate: '2026-12-03' }],
    ['enviar copia · sáb', { title: 'enviar copia', dueDate: '2026-03-07' }],
    ['enviar copia · hoy', { title: 'enviar copia', dueDate: '2026-03-06' }],
    // English still works for a Spanish-speaking user.
    ['send draft Tuesday', { title: 'send draft', dueDate: '2026-03-10' }],
  ])('es: %s', (line, expected) => {
    const r = read(line, es);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  it('Spanish words are not read for an English-only user', () => {
    expect(read('enviar el borrador el viernes').ok).toBe(false);
  });
});

describe('clear errors for what cannot be read', () => {
  it.each([
    ['', /what you promised and when/],
    ['Promise:   ', /what you promised and when/],
    ['send the draft', /Add when it is due/],
    ['in 3 days', /Say what you promised/],
    ['tomorrow', /Say what you promised/],
    ['send the draft · blorp', /Could not read "blorp" as a date/],
    ['send the draft · 2/30', /"2\/30" is not a real date/],
    ['send the draft · 13/45/2026', /not a real date/],
    ['send the draft · 3/1/2025', /already passed/],
    ['send the draft · Fri 25pm', /time that does not exist/],
  ])('%j', (line, message) => {
    const r = read(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a title too long to be a promise', () => {
    const r = read(`${'word '.repeat(70)}· Fri`);
    expect(r).toMatchObject({ ok: false });
  });
});
