import { defineMessages } from '../define';

/**
 * The court-day helper's counting steps and warnings (lib/deadlines/court-days.ts).
 * Every key starts with `courtdays_`. Rule citations (FRCP 6(d), CCP 1013(a))
 * are the statutes’ own and stay as they are. {day}, {date}, {trigger} and
 * {from} are dates such as “Wed, Mar 4, 2026” / “mié, 4 mar 2026”.
 */
export const courtDays = defineMessages({
  courtdays_list_outside: {
    en: 'The {list} list covers {from}–{through}; {day} is outside it, so holidays then were not counted. Update the list in Settings.',
    es: 'La lista de {list} abarca {from}–{through}; el {day} queda fuera, así que no se contaron los días feriados de entonces. Actualice la lista en Configuración.',
    note: '{list} is a holiday list’s name (“Federal legal holidays”); {from} and {through} are years.',
  },
  courtdays_saturday: { en: 'a Saturday', es: 'sábado', note: 'Fills {reason} in courtdays_roll_next / courtdays_roll_previous.' },
  courtdays_sunday: { en: 'a Sunday', es: 'domingo', note: 'Fills {reason} in courtdays_roll_next / courtdays_roll_previous.' },
  courtdays_closed: {
    en: 'a day the court is closed ({name})',
    es: 'un día en que el tribunal está cerrado ({name})',
    note: 'Fills {reason} in courtdays_roll_next / courtdays_roll_previous; {name} is why (“Storm”).',
  },
  courtdays_roll_next: {
    en: '{day} is {reason}, so the last day is the next court day, {date}.',
    es: 'El {day} es {reason}, así que el último día es el siguiente día hábil judicial: {date}.',
    note: '{reason} is “a Saturday”, “a Sunday”, a holiday’s name or courtdays_closed.',
  },
  courtdays_roll_previous: {
    en: '{day} is {reason}, so the last day is the previous court day, {date}.',
    es: 'El {day} es {reason}, así que el último día es el día hábil judicial anterior: {date}.',
    note: '{reason} is “a Saturday”, “a Sunday”, a holiday’s name or courtdays_closed.',
  },
  courtdays_period_range: {
    en: 'The period must be a whole number of days, from 1 to 3650',
    es: 'El plazo debe ser un número entero de días, de 1 a 3650',
  },

  // Federal (FRCP 5(b)(2) ways of service; the citation stays at the end, in parentheses)
  courtdays_fed_personal: { en: 'By hand or left at the office or home (5(b)(2)(A)–(B))', es: 'En mano o dejado en la oficina o el domicilio (5(b)(2)(A)–(B))' },
  courtdays_fed_mail: { en: 'By mail (5(b)(2)(C))', es: 'Por correo postal (5(b)(2)(C))' },
  courtdays_fed_clerk: { en: 'Left with the clerk (5(b)(2)(D))', es: 'Dejado con el secretario judicial (5(b)(2)(D))' },
  courtdays_fed_electronic: { en: 'Electronically (5(b)(2)(E))', es: 'Por medios electrónicos (5(b)(2)(E))' },
  courtdays_fed_other: { en: 'Other means consented to (5(b)(2)(F))', es: 'Otros medios aceptados (5(b)(2)(F))' },
  courtdays_fed_count_after: {
    en: { one: '{n} day after {trigger}, not counting that day and counting every day: {date}.', other: '{n} days after {trigger}, not counting that day and counting every day: {date}.' },
    es: { one: '{n} día después del {trigger}, sin contar ese día y contando todos los días: {date}.', other: '{n} días después del {trigger}, sin contar ese día y contando todos los días: {date}.' },
  },
  courtdays_fed_count_before: {
    en: { one: '{n} day before {trigger}, not counting that day and counting every day: {date}.', other: '{n} days before {trigger}, not counting that day and counting every day: {date}.' },
    es: { one: '{n} día antes del {trigger}, sin contar ese día y contando todos los días: {date}.', other: '{n} días antes del {trigger}, sin contar ese día y contando todos los días: {date}.' },
  },
  courtdays_fed_served_mail: {
    en: 'Served by mail: 3 days are added after the period would otherwise expire: {date}.',
    es: 'Notificado por correo postal: se agregan 3 días después de la fecha en que vencería el plazo: {date}.',
  },
  courtdays_fed_served_clerk: {
    en: 'Served by leaving it with the clerk: 3 days are added after the period would otherwise expire: {date}.',
    es: 'Notificado dejándolo con el secretario judicial: se agregan 3 días después de la fecha en que vencería el plazo: {date}.',
  },
  courtdays_fed_served_other: {
    en: 'Served by other consented means: 3 days are added after the period would otherwise expire: {date}.',
    es: 'Notificado por otros medios aceptados: se agregan 3 días después de la fecha en que vencería el plazo: {date}.',
  },
  courtdays_fed_no_6d_back: {
    en: 'FRCP 6(d) adds 3 days only to periods that run after service; none were added to a period counted back from an event.',
    es: 'La FRCP 6(d) agrega 3 días solo a los plazos que corren después de la notificación; no se agregaron a un plazo contado hacia atrás desde un evento.',
  },

  // California (the citation stays at the end, in parentheses: the step drops it)
  courtdays_ca_personal: { en: 'Personal service (no extension)', es: 'Notificación personal (sin prórroga)' },
  courtdays_ca_electronic: { en: 'Electronic service (+2 court days, CCP 1010.6)', es: 'Notificación electrónica (+2 días hábiles judiciales, CCP 1010.6)' },
  courtdays_ca_mail_in_state: { en: 'Mail within California (+5 calendar days, CCP 1013(a))', es: 'Correo postal dentro de California (+5 días naturales, CCP 1013(a))' },
  courtdays_ca_mail_out_of_state: {
    en: 'Mail to or from another state (+10 calendar days, CCP 1013(a))',
    es: 'Correo postal hacia o desde otro estado (+10 días naturales, CCP 1013(a))',
  },
  courtdays_ca_mail_international: {
    en: 'Mail to or from outside the US (+20 calendar days, CCP 1013(a))',
    es: 'Correo postal hacia o desde fuera de EE. UU. (+20 días naturales, CCP 1013(a))',
  },
  courtdays_ca_overnight: {
    en: 'Express mail or overnight delivery (+2 court days, CCP 1013(c))',
    es: 'Correo urgente o entrega al día siguiente (+2 días hábiles judiciales, CCP 1013(c))',
  },
  courtdays_ca_fax: { en: 'Fax (+2 court days, CCP 1013(e))', es: 'Fax (+2 días hábiles judiciales, CCP 1013(e))' },
  courtdays_ca_count_calendar_after: {
    en: { one: '{n} calendar day after {trigger}, not counting that day: {date}.', other: '{n} calendar days after {trigger}, not counting that day: {date}.' },
    es: { one: '{n} día natural después del {trigger}, sin contar ese día: {date}.', other: '{n} días naturales después del {trigger}, sin contar ese día: {date}.' },
  },
  courtdays_ca_count_calendar_before: {
    en: { one: '{n} calendar day before {trigger}, not counting that day: {date}.', other: '{n} calendar days before {trigger}, not counting that day: {date}.' },
    es: { one: '{n} día natural antes del {trigger}, sin contar ese día: {date}.', other: '{n} días naturales antes del {trigger}, sin contar ese día: {date}.' },
  },
  courtdays_ca_count_court_after: {
    en: { one: '{n} court day after {trigger}, not counting that day: {date}.', other: '{n} court days after {trigger}, not counting that day: {date}.' },
    es: { one: '{n} día hábil judicial después del {trigger}, sin contar ese día: {date}.', other: '{n} días hábiles judiciales después del {trigger}, sin contar ese día: {date}.' },
  },
  courtdays_ca_count_court_before: {
    en: { one: '{n} court day before {trigger}, not counting that day: {date}.', other: '{n} court days before {trigger}, not counting that day: {date}.' },
    es: { one: '{n} día hábil judicial antes del {trigger}, sin contar ese día: {date}.', other: '{n} días hábiles judiciales antes del {trigger}, sin contar ese día: {date}.' },
  },
  courtdays_ca_ext_calendar_after: {
    en: { one: '{service}: {n} calendar day more, after {from}: {date}.', other: '{service}: {n} calendar days more, after {from}: {date}.' },
    es: { one: '{service}: {n} día natural más, después del {from}: {date}.', other: '{service}: {n} días naturales más, después del {from}: {date}.' },
    note: '{service} is the way of service without its citation (“Mail within California”).',
  },
  courtdays_ca_ext_calendar_before: {
    en: { one: '{service}: {n} calendar day more, before {from}: {date}.', other: '{service}: {n} calendar days more, before {from}: {date}.' },
    es: { one: '{service}: {n} día natural más, antes del {from}: {date}.', other: '{service}: {n} días naturales más, antes del {from}: {date}.' },
  },
  courtdays_ca_ext_court_after: {
    en: { one: '{service}: {n} court day more, after {from}: {date}.', other: '{service}: {n} court days more, after {from}: {date}.' },
    es: { one: '{service}: {n} día hábil judicial más, después del {from}: {date}.', other: '{service}: {n} días hábiles judiciales más, después del {from}: {date}.' },
  },
  courtdays_ca_ext_court_before: {
    en: { one: '{service}: {n} court day more, before {from}: {date}.', other: '{service}: {n} court days more, before {from}: {date}.' },
    es: { one: '{service}: {n} día hábil judicial más, antes del {from}: {date}.', other: '{service}: {n} días hábiles judiciales más, antes del {from}: {date}.' },
  },
  courtdays_ca_electronic_warning: {
    en: 'The 2 court days for electronic service do not extend the time to file a notice of intention to move for a new trial, a notice of intention to vacate a judgment (CCP 663a), or a notice of appeal (CCP 1010.6).',
    es: 'Los 2 días hábiles judiciales de la notificación electrónica no amplían el plazo para presentar un aviso de intención de solicitar un nuevo juicio, un aviso de intención de anular una sentencia (CCP 663a) ni un aviso de apelación (CCP 1010.6).',
  },
  courtdays_ca_1013_warning: {
    en: 'The CCP 1013 extension does not apply to the time to file a notice of intention to move for a new trial, a notice of intention to vacate a judgment, or a notice of appeal.',
    es: 'La prórroga del CCP 1013 no se aplica al plazo para presentar un aviso de intención de solicitar un nuevo juicio, un aviso de intención de anular una sentencia ni un aviso de apelación.',
  },
  courtdays_rule_ccp12a_back: {
    en: 'CCP 12a, 12c (counted back: the earlier court day)',
    es: 'CCP 12a, 12c (contado hacia atrás: el día hábil judicial anterior)',
  },
});
