import { defineMessages } from '../define';

/** Texts of the brief area; every key starts with `brief_`. */
export const brief = defineMessages({
  brief_page_title: { en: 'Rapport — Brief', es: 'Rapport — Resumen', note: 'The browser tab’s title while the brief loads.' },
  brief_title: { en: 'Brief — {name}', es: 'Resumen — {name}', note: 'The browser tab’s title; {name} is the client.' },
  brief_preparing: { en: 'Preparing the brief…', es: 'Preparando el resumen…' },
  brief_no_client: {
    en: 'No client given. Open the brief from a client in the sidebar, the popup or Options.',
    es: 'No se indicó ningún cliente. Abra el resumen desde un cliente en la barra lateral, en la ventana emergente o en Opciones.',
  },
  brief_error_load: { en: 'Could not load the brief.', es: 'No se pudo cargar el resumen.' },
  brief_label: { en: 'Prep brief: {name}', es: 'Resumen de preparación: {name}' },
  brief_prepared: { en: 'Prepared {when}', es: 'Preparado el {when}', note: '{when} is a full date and time ("Thursday, November 26, 2026 at 10:00 AM").' },
  brief_print: { en: 'Print', es: 'Imprimir' },
  brief_check_in_with: { en: 'Check in with {name}', es: 'Comuníquese con {name}', note: 'In bold, followed by the reason (" — mood has fallen").' },
  brief_who: { en: 'Who they are', es: 'Quién es' },
  brief_no_notes: { en: 'No personal notes yet.', es: 'Aún no hay notas personales.' },
  brief_matters: { en: 'Matters: {list}', es: 'Asuntos: {list}' },
  brief_tags: { en: 'Tags: {list}', es: 'Etiquetas: {list}' },
  brief_goals: { en: 'Goals', es: 'Objetivos' },
  brief_outcome: { en: 'Acceptable outcome: {text}', es: 'Resultado aceptable: {text}' },
  brief_deadlines: { en: 'Deadlines', es: 'Plazos' },
  brief_promises: { en: 'Open promises', es: 'Compromisos pendientes' },
  brief_due: { en: 'due {date} ({left})', es: 'vence el {date} ({left})', note: 'After a deadline’s title; {left} is e.g. "in 3 days".' },
  brief_target: { en: 'target {date}', es: 'fecha objetivo: {date}', note: 'The date the firm aims to be done by, before the deadline.' },
  brief_filings: { en: 'Filings flagged', es: 'Presentaciones señaladas', note: 'Rejected or otherwise flagged court filings.' },
  brief_mood: { en: 'Mood trend', es: 'Evolución del estado de ánimo' },
  brief_last_interactions: {
    en: { one: 'Last interaction', other: 'Last {n} interactions' },
    es: { one: 'Última interacción', other: 'Últimas {n} interacciones' },
  },
  brief_last_interactions_none: { en: 'Last interactions', es: 'Últimas interacciones', note: 'Section title when there are none.' },
  brief_questions: { en: 'Open questions', es: 'Preguntas pendientes' },
  brief_none: { en: 'None.', es: 'Sin registros.', note: 'An empty section of the brief: nothing to show.' },
});
