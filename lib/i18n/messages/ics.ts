import { defineMessages } from '../define';

/** Texts of the calendar file (.ics) of deadlines: event titles and descriptions. Every key starts with `ics_`. */
export const ics = defineMessages({
  ics_kind_for: { en: '{kind} for {client}.', es: '{kind} para {client}.', note: '{kind} is a deadline kind (“Court deadline”); {client} a client’s name.' },
  ics_kind_for_matter: { en: '{kind} for {client} ({matter}).', es: '{kind} para {client} ({matter}).', note: '{matter} is a case number or matter name.' },
  ics_internal_target: {
    en: { one: 'Internal target: {date} ({n} day before).', other: 'Internal target: {date} ({n} days before).' },
    es: { one: 'Objetivo interno: {date} ({n} día antes).', other: 'Objetivo interno: {date} ({n} días antes).' },
  },
  ics_done_on: { en: 'Done {date}.', es: 'Hecho el {date}.' },
  ics_done_summary: { en: 'Done: {about}', es: 'Hecho: {about}', note: 'Event title; {about} is “title — client”.' },
  ics_target_summary: { en: 'Target: {about} (due {date})', es: 'Objetivo: {about} (vence el {date})', note: 'Event title; {about} is “title — client”.' },
  ics_target_description: { en: 'Internal target for "{title}", due {date}.', es: 'Objetivo interno para "{title}", que vence el {date}.' },
  ics_target_description_time: { en: 'Internal target for "{title}", due {date} at {time}.', es: 'Objetivo interno para "{title}", que vence el {date} a las {time}.' },
});
