import { defineMessages } from '../define';

/**
 * Names of the shipped holiday lists and their days (lib/deadlines/holidays/*.json),
 * shown in the court-day helper's steps and in Settings → Deadlines. Every key
 * starts with `holidays_`. Days the user adds keep the name the user typed.
 */
export const holidays = defineMessages({
  holidays_list_us_federal: { en: 'Federal legal holidays', es: 'Días feriados legales federales' },
  holidays_list_ca_judicial: { en: 'California judicial holidays', es: 'Días feriados judiciales de California' },
  holidays_observed: {
    en: '{name} (observed)',
    es: '{name} (día observado)',
    note: 'A holiday moved to a weekday because it fell on a weekend; {name} is the holiday’s name.',
  },
  holidays_new_year: { en: "New Year's Day", es: 'Año Nuevo' },
  holidays_mlk_federal: { en: 'Birthday of Martin Luther King, Jr.', es: 'Natalicio de Martin Luther King, Jr.' },
  holidays_mlk_california: { en: 'Dr. Martin Luther King, Jr. Day', es: 'Día del Dr. Martin Luther King, Jr.' },
  holidays_lincoln: { en: 'Lincoln Day', es: 'Día de Lincoln' },
  holidays_washington: { en: "Washington's Birthday", es: 'Natalicio de Washington' },
  holidays_presidents: { en: "Presidents' Day", es: 'Día de los Presidentes' },
  holidays_cesar_chavez: { en: 'Cesar Chavez Day', es: 'Día de César Chávez' },
  holidays_memorial: { en: 'Memorial Day', es: 'Día de los Caídos' },
  holidays_juneteenth_federal: { en: 'Juneteenth National Independence Day', es: 'Día Nacional de la Independencia de Juneteenth', note: '“Juneteenth” is a proper name: keep it.' },
  holidays_juneteenth: { en: 'Juneteenth', es: 'Juneteenth', note: 'Not translated: a proper name.' },
  holidays_independence: { en: 'Independence Day', es: 'Día de la Independencia' },
  holidays_labor: { en: 'Labor Day', es: 'Día del Trabajo' },
  holidays_columbus: { en: 'Columbus Day', es: 'Día de la Raza', note: 'The federal Columbus Day; “Día de la Raza” is its usual Spanish name in the US.' },
  holidays_native_american: { en: 'Native American Day', es: 'Día de los Nativos Americanos' },
  holidays_veterans: { en: 'Veterans Day', es: 'Día de los Veteranos' },
  holidays_thanksgiving: { en: 'Thanksgiving Day', es: 'Día de Acción de Gracias' },
  holidays_day_after_thanksgiving: { en: 'Day after Thanksgiving', es: 'Día siguiente a Acción de Gracias' },
  holidays_christmas: { en: 'Christmas Day', es: 'Navidad' },
  // Checks on a holiday list and on the user's changes to one (Settings → Deadlines)
  holidays_needs_name: { en: 'A holiday needs a name', es: 'Un día feriado necesita un nombre' },
  holidays_id_shape: { en: 'Use lower-case letters, digits and dashes', es: 'Use letras minúsculas, dígitos y guiones' },
  holidays_years_reversed: { en: 'The last year covered is before the first', es: 'El último año que abarca es anterior al primero' },
  holidays_listed_twice: { en: '{date} is listed twice', es: '{date} aparece dos veces', note: '{date} is a date as 2026-12-25.' },
  holidays_outside_years: { en: '{date} is outside the years the list covers', es: '{date} está fuera de los años que abarca la lista' },
  holidays_give_name: { en: 'Give the day a name', es: 'Póngale un nombre al día' },
  holidays_on_saturday: { en: '{date} is a Saturday: never a court day anyway', es: '{date} es sábado: nunca es día hábil judicial' },
  holidays_on_sunday: { en: '{date} is a Sunday: never a court day anyway', es: '{date} es domingo: nunca es día hábil judicial' },
  holidays_added_and_removed: { en: '{date} is both added and taken off', es: '{date} está agregado y quitado a la vez' },
});
