import { defineMessages } from '../define';

/** Texts of the popup area; every key starts with `popup_`. */
export const popup = defineMessages({
  // --- Header and the client on the page
  popup_all_clients: { en: 'All clients', es: 'Todos los clientes' },
  popup_open_side_panel: { en: 'Open side panel', es: 'Abrir panel lateral', note: 'Opens the browser’s own side panel with Rapport in it.' },
  popup_on_this_page: { en: 'On this page', es: 'En esta página', note: 'Heading over the client(s) the open tab shows.' },
  popup_log_for: { en: 'Log for', es: 'Registrar para', note: 'Heading when several clients are on the page: choose whom the log buttons write to.' },
  popup_looking: { en: 'Looking at this tab…', es: 'Revisando esta pestaña…' },
  popup_nobody_is_client: {
    en: 'Nobody on this page is a client yet. Search below, or add them from the sidebar.',
    es: 'Nadie en esta página es cliente todavía. Busque abajo o agréguelos desde la barra lateral.',
  },
  popup_no_client: {
    en: 'No client on this page. Search below, or choose someone from Losing touch.',
    es: 'No hay ningún cliente en esta página. Busque abajo o elija a alguien de Contacto en riesgo.',
  },
  popup_prep_brief_for: { en: 'Prep brief for {name}', es: 'Resumen de preparación de {name}' },
  popup_could_not_read_page: { en: 'Could not read this page.', es: 'No se pudo leer esta página.' },

  // --- Logging (QuickLog)
  popup_summary: { en: 'Summary', es: 'Resumen' },
  popup_summary_placeholder: { en: 'Optional, one line', es: 'Opcional, una línea' },
  popup_mood: { en: 'Mood', es: 'Estado de ánimo' },
  popup_mood_pleased: { en: 'Pleased', es: 'Satisfecho', note: 'The client’s mood in an interaction.' },
  popup_mood_neutral: { en: 'Neutral', es: 'Neutral', note: 'The same in Spanish: the client’s mood in an interaction.' },
  popup_mood_frustrated: { en: 'Frustrated', es: 'Frustrado', note: 'The client’s mood in an interaction.' },
  popup_kind_call: { en: 'Call', es: 'Llamada', note: 'Button: log a call with the client.' },
  popup_kind_meeting: { en: 'Meeting', es: 'Reunión', note: 'Button: log a meeting with the client.' },
  popup_kind_email: { en: 'E-mail', es: 'Correo', note: 'Button: log an e-mail the user sent the client.' },
  popup_kind_note: { en: 'Note', es: 'Nota', note: 'Button: log a note about the client.' },
  popup_log_buttons_for: { en: 'Log for {name}', es: 'Registrar para {name}', note: 'Names the group of log buttons.' },
  popup_log_buttons_none: { en: 'Log (choose a client first)', es: 'Registrar (primero elija un cliente)' },
  popup_did_call: {
    en: 'Call with {name}',
    es: 'llamada con {name}',
    note: 'What was logged, shown only after "Logged:" / "Removed:" (lower case in Spanish for that reason).',
  },
  popup_did_meeting: { en: 'Meeting with {name}', es: 'reunión con {name}', note: 'As popup_did_call.' },
  popup_did_email: { en: 'E-mail with {name}', es: 'correo con {name}', note: 'As popup_did_call.' },
  popup_did_note: { en: 'Note about {name}', es: 'nota sobre {name}', note: 'As popup_did_call.' },
  popup_logged: { en: 'Logged: {what}', es: 'Se registró: {what}', note: '{what} is e.g. "Call with Maria Alvarez" (popup_did_*).' },
  popup_removed: { en: 'Removed: {what}', es: 'Se eliminó: {what}', note: 'After Undo; {what} is e.g. "Call with Maria Alvarez".' },
  popup_undo: { en: 'Undo', es: 'Deshacer' },
  popup_could_not_log: { en: 'Could not log that. Nothing was recorded.', es: 'No se pudo registrar. No se guardó nada.' },
  popup_could_not_undo: { en: 'Could not undo that.', es: 'No se pudo deshacer.' },

  // --- Clients at a glance (format.ts)
  popup_status_on_track: { en: 'On track', es: 'Al día', note: 'Keep-in-touch status: contacted recently enough.' },
  popup_status_due: { en: 'Due', es: 'Vence', note: 'Keep-in-touch status: time to get in touch.' },
  popup_status_overdue: { en: 'Overdue', es: 'Vencido', note: 'Keep-in-touch status: past the maximum days without contact.' },
  popup_no_contact_yet: { en: 'No contact yet', es: 'Sin contacto todavía' },
  popup_last_contact: { en: 'Last contact {when}', es: 'Último contacto: {when}', note: '{when} is a relative time: "3 days ago", "yesterday".' },
  popup_days: {
    en: { one: '{n} day', other: '{n} days' },
    es: { one: '{n} día', other: '{n} días' },
    note: 'Days since the last contact.',
  },
  popup_days_max: {
    en: { one: '{n} day (max {max})', other: '{n} days (max {max})' },
    es: { one: '{n} día (máx. {max})', other: '{n} días (máx. {max})' },
    note: 'Days since the last contact, against the most the client’s cadence allows.',
  },

  // --- Search
  popup_search: { en: 'Search', es: 'Buscar' },
  popup_search_clients: { en: 'Search clients', es: 'Buscar clientes' },
  popup_search_placeholder: { en: 'Name, e-mail or case no.', es: 'Nombre, correo o n.º de caso' },
  popup_no_match: { en: 'No client matches “{query}”.', es: 'Ningún cliente coincide con “{query}”.' },
  popup_search_results: { en: 'Search results', es: 'Resultados de la búsqueda' },
  popup_more_refine: {
    en: { one: '{n} more — refine the search.', other: '{n} more — refine the search.' },
    es: { one: '{n} más: afine la búsqueda.', other: '{n} más: afine la búsqueda.' },
  },
  popup_search_failed: { en: 'Search failed.', es: 'No se pudo buscar.' },

  // --- Deadlines
  popup_deadlines: { en: 'Deadlines', es: 'Plazos' },
  popup_dl_missed_count: {
    en: { one: '{n} missed', other: '{n} missed' },
    es: { one: '{n} vencido', other: '{n} vencidos' },
    note: 'Deadlines past their due date.',
  },
  popup_dl_at_risk_count: {
    en: { one: '{n} at risk', other: '{n} at risk' },
    es: { one: '{n} en riesgo', other: '{n} en riesgo' },
    note: 'Deadlines inside their buffer.',
  },
  popup_dl_nothing_at_risk: { en: 'Nothing at risk.', es: 'Nada en riesgo.' },
  popup_dl_list: { en: 'Deadlines at risk or missed', es: 'Plazos en riesgo o vencidos' },
  popup_dl_open_brief: { en: 'Open the prep brief for {name}', es: 'Abrir el resumen de preparación de {name}' },
  popup_dl_at_risk: { en: 'At risk', es: 'En riesgo', note: 'State of a deadline inside its buffer.' },
  popup_dl_missed: { en: 'Missed', es: 'Vencido', note: 'State of a deadline past its due date.' },
  popup_dl_promise_overdue: { en: 'Promise overdue', es: 'Compromiso vencido' },
  popup_dl_promise_title: { en: 'Promise: {title}', es: 'Compromiso: {title}', note: '{title} is what was promised to the client.' },
  popup_dl_row_meta: {
    en: '{client} · due {due} ({left})',
    es: '{client} · vence el {due} ({left})',
    note: '{due} is a date ("Mon, Dec 7, 2026"); {left} is "in 3 days", "today", "2 days ago".',
  },
  popup_dl_could_not_load: { en: 'Could not load deadlines.', es: 'No se pudieron cargar los plazos.' },

  // --- Check in
  popup_check_in: { en: 'Check in', es: 'Comunicarse', note: 'Heading over clients whose mood calls for a call.' },
  popup_check_in_with: { en: 'Check in with {name}', es: 'Comuníquese con {name}' },
  popup_check_in_list: { en: 'Clients to check in with', es: 'Clientes con quienes comunicarse' },
  popup_clients_count: {
    en: { one: '{n} client', other: '{n} clients' },
    es: { one: '{n} cliente', other: '{n} clientes' },
  },
  popup_and_more: {
    en: { one: '…and {n} more', other: '…and {n} more' },
    es: { one: '…y {n} más', other: '…y {n} más' },
  },
  popup_check_in_could_not_load: { en: 'Could not load who to check in with.', es: 'No se pudo cargar con quién comunicarse.' },

  // --- Losing touch
  popup_losing_touch: { en: 'Losing touch', es: 'Contacto en riesgo' },
  popup_overdue_count: {
    en: { one: '{n} overdue', other: '{n} overdue' },
    es: { one: '{n} vencido', other: '{n} vencidos' },
    note: 'Clients past their maximum days without contact.',
  },
  popup_due_count: {
    en: { one: '{n} due', other: '{n} due' },
    es: { one: '{n} vence', other: '{n} vencen' },
    note: 'Clients it is time to get in touch with.',
  },
  popup_all_on_track: { en: 'Everyone is on track.', es: 'Todos están al día.' },
  popup_losing_could_not_load: { en: 'Could not load the list.', es: 'No se pudo cargar la lista.' },

  // --- Backups (lib/backup/reminder.ts; also shown in Options → Data)
  popup_backup_none_due: {
    en: 'No backup yet: back up in Options → Data.',
    es: 'Todavía no hay copia de seguridad: haga una en Opciones → Datos.',
  },
  popup_backup_due: {
    en: 'Last backup {when}: back up in Options → Data.',
    es: 'Última copia de seguridad: {when}. Haga una en Opciones → Datos.',
    note: '{when} is a relative day: "today", "yesterday", "31 days ago".',
  },
  popup_backup_last: {
    en: 'Last backup {when}.',
    es: 'Última copia de seguridad: {when}.',
    note: '{when} is a relative day: "today", "yesterday", "31 days ago".',
  },
});
