import { defineMessages } from '../define';

/**
 * Why a one-line promise (“send the draft · Fri”) could not be read
 * (lib/deadlines/promise-parse.ts). Every key starts with `promise_`.
 * The parser reads English and Spanish, so the examples are in the language
 * of the text and must stay phrases it understands.
 */
export const promise = defineMessages({
  promise_examples: {
    en: 'e.g. "send the draft lease · Fri", "call back tomorrow", "filing copy by 12/3" or "in 3 days"',
    es: 'p. ej., "enviar el borrador del contrato · vie", "devolver la llamada mañana", "copia del escrito antes del 12/3" o "en 3 días"',
    note: 'Fills {examples} below. Each quoted example must be something the promise box understands: a task, then a day (weekday, mañana, a date, en N días).',
  },
  promise_type_it: { en: 'Type what you promised and when, {examples}.', es: 'Escriba qué prometió y para cuándo; {examples}.' },
  promise_not_a_date: { en: 'Could not read "{when}" as a date: {examples}.', es: 'No se pudo leer "{when}" como fecha: {examples}.' },
  promise_say_what: { en: 'Say what you promised, not only when: {examples}.', es: 'Indique qué prometió, no solo cuándo: {examples}.' },
  promise_too_long: { en: 'Keep the promise under 300 characters; put the rest in its notes.', es: 'El compromiso debe tener menos de 300 caracteres; ponga el resto en sus notas.' },
  promise_add_when: { en: 'Add when it is due: {examples}.', es: 'Agregue cuándo vence: {examples}.' },
  promise_no_such_time: { en: '"{when}" has a time that does not exist.', es: '"{when}" tiene una hora que no existe.' },
  promise_not_real_date: { en: '"{when}" is not a real date.', es: '"{when}" no es una fecha real.' },
  promise_not_real_date_day_first: { en: '"{when}" is not a real date (day first, then month).', es: '"{when}" no es una fecha real (primero el día, luego el mes).' },
  promise_not_real_date_month_first: { en: '"{when}" is not a real date (month first, then day).', es: '"{when}" no es una fecha real (primero el mes, luego el día).' },
  promise_passed: { en: '"{when}" has already passed.', es: '"{when}" ya pasó.' },
});
