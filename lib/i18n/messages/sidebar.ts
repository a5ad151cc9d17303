import { defineMessages } from '../define';

/**
 * Texts of the sidebar area (the sidebar beside the mail and in the browser's
 * side panel, the people on a matter, the conflict check, edit conflicts and
 * the client's mood); every key starts with `sidebar_`.
 */
export const sidebar = defineMessages({
  // The frame and its states
  sidebar_empty_mail: { en: "Open a conversation to see who it's with.", es: 'Abra una conversación para ver con quién es.' },
  sidebar_empty_portal: {
    en: 'Click a Rapport badge beside a case number to see that client here.',
    es: 'Haga clic en una insignia de Rapport junto a un número de caso para ver aquí a ese cliente.',
    note: 'Shown on a court portal before the user picks a case. A "badge" is the small Rapport label the extension puts beside case numbers.',
  },
  sidebar_empty_panel: {
    en: 'Open a client’s e-mail in Gmail or Outlook, or a court portal, to see who it’s with.',
    es: 'Abra el correo electrónico de un cliente en Gmail u Outlook, o un portal judicial, para ver con quién es.',
    note: "Shown in the browser's side panel while the tab in front is not one Rapport works on.",
  },
  sidebar_looking_up: { en: 'Looking up…', es: 'Buscando…' },
  sidebar_no_clients: { en: 'No clients in this conversation.', es: 'No hay clientes en esta conversación.' },
  sidebar_clients_on_screen: { en: 'Clients on screen', es: 'Clientes en pantalla', note: 'Accessible name of the tabs that switch between several clients.' },
  sidebar_collapsed_tab: {
    en: { one: 'Rapport, {n} client on screen', other: 'Rapport, {n} clients on screen' },
    es: { one: 'Rapport, {n} cliente en pantalla', other: 'Rapport, {n} clientes en pantalla' },
    note: 'Accessible name of the small tab the collapsed sidebar leaves at the edge of the page.',
  },
  sidebar_hide: { en: 'Hide sidebar', es: 'Ocultar la barra lateral' },
  sidebar_try_again: { en: 'Try again', es: 'Reintentar' },
  sidebar_updated_reload: {
    en: 'Rapport was updated — reload the page',
    es: 'Rapport se actualizó: vuelva a cargar la página',
    note: 'The extension was updated while the page stayed open; the page must be reloaded.',
  },
  sidebar_something_wrong: { en: 'Something went wrong.', es: 'Algo salió mal.' },
  sidebar_issue: {
    en: '{field}: {message}',
    es: '{field}: {message}',
    note: 'The same in Spanish. One problem with what was typed: {field} is the field\'s label ("Name"), {message} what is wrong.',
  },
  sidebar_not_on_screen: { en: 'This client is no longer on screen.', es: 'Este cliente ya no está en pantalla.' },
  sidebar_added: { en: 'Added {name}', es: 'Se agregó a {name}', note: 'Announced after a new client was saved; {name} is the client.' },
  sidebar_saved: { en: 'Saved', es: 'Guardado' },

  // A client found by name only
  sidebar_name_only_question: { en: 'Is this {name}?', es: '¿Es {name}?', note: '{name} is a client whose name (but no address) is on screen.' },
  sidebar_name_only_explain: {
    en: 'The page shows the name “{shown}” without an address, so Rapport does not know for sure and logs nothing for them.',
    es: 'La página muestra el nombre “{shown}” sin dirección de correo, así que Rapport no puede confirmarlo y no registra nada para esta persona.',
  },
  sidebar_name_only_confirm: { en: 'Yes, show {name}', es: 'Sí, mostrar a {name}' },

  // The client card
  sidebar_matched_on: { en: 'Matched on: {what}', es: 'Coincide por: {what}', note: '{what} lists why the client was recognised: an address, a case number…' },
  sidebar_last_contact: { en: 'Last contact: {when}', es: 'Último contacto: {when}', note: '{when} is a relative time such as "3 days ago".' },
  sidebar_last_contact_never: { en: 'Last contact: never', es: 'Último contacto: nunca' },
  sidebar_cadence_on_track: { en: 'On track', es: 'Al día', note: 'Keep-in-touch status: contacted recently enough.' },
  sidebar_cadence_due: { en: 'Due', es: 'Vence', note: 'Keep-in-touch status: time to get in touch.' },
  sidebar_cadence_overdue: { en: 'Overdue', es: 'Vencido', note: 'Keep-in-touch status: past the longest interval.' },
  sidebar_cadence_never: { en: 'No contact yet', es: 'Sin contacto aún' },
  sidebar_interactions: { en: 'Interactions', es: 'Interacciones' },
  sidebar_nothing_logged: { en: 'Nothing logged yet.', es: 'Aún no hay nada registrado.' },
  sidebar_awaiting: { en: 'Waiting for your reply · {duration}', es: 'Esperando su respuesta · {duration}', note: '{duration} is how long, e.g. "2 days". The client wrote last.' },
  sidebar_awaiting_warn: { en: 'Waiting for your reply · {duration} — reply soon', es: 'Esperando su respuesta · {duration}: responda pronto' },
  sidebar_awaiting_urgent: { en: 'Waiting for your reply · {duration} — overdue', es: 'Esperando su respuesta · {duration}: vencido' },
  sidebar_awaiting_since: { en: 'Their message arrived {when}', es: 'Su mensaje llegó el {when}', note: '{when} is a date and time.' },
  sidebar_just_now: { en: 'just now', es: 'hace un momento', note: 'A relative time, in lower case as it may follow other words.' },
  sidebar_minutes: { en: { one: '{n} min', other: '{n} min' }, es: { one: '{n} min', other: '{n} min' }, note: 'The same in Spanish. A duration in minutes, abbreviated.' },
  sidebar_hours: { en: { one: '{n} hour', other: '{n} hours' }, es: { one: '{n} hora', other: '{n} horas' }, note: 'A duration.' },
  sidebar_days: { en: { one: '{n} day', other: '{n} days' }, es: { one: '{n} día', other: '{n} días' }, note: 'A duration.' },

  // Field labels shared by the sidebar's forms
  sidebar_field_name: { en: 'Name', es: 'Nombre' },
  sidebar_field_email: { en: 'E-mail', es: 'Correo electrónico' },
  sidebar_field_goal: { en: 'Goal', es: 'Objetivo' },
  sidebar_field_acceptable_outcome: { en: 'Acceptable outcome', es: 'Resultado aceptable' },
  sidebar_field_summary: { en: 'Summary', es: 'Resumen' },
  sidebar_field_kind: { en: 'Kind', es: 'Tipo', note: 'What kind of interaction: call, meeting, e-mail…' },
  sidebar_field_mood: { en: 'Mood', es: 'Estado de ánimo' },
  sidebar_field_status: { en: 'Status', es: 'Estado' },

  // New clients
  sidebar_not_client_yet: { en: 'Not a client yet', es: 'Aún no son clientes', note: 'Heading of the list of people on screen who are not clients.' },
  sidebar_add_as_client: { en: 'Add as client', es: 'Agregar como cliente' },
  sidebar_add_client: { en: 'Add client', es: 'Agregar cliente' },

  // Personal notes
  sidebar_personal_notes: { en: 'Personal notes', es: 'Notas personales' },
  sidebar_no_notes: { en: 'No notes yet.', es: 'Aún no hay notas.' },
  sidebar_edit_notes: { en: 'Edit notes', es: 'Editar notas' },
  sidebar_choose_each_first: { en: 'Choose what to keep for each field first.', es: 'Primero elija qué conservar en cada campo.' },

  // Goals
  sidebar_goals: { en: 'Goals', es: 'Objetivos' },
  sidebar_no_goals: { en: 'No goals recorded.', es: 'No hay objetivos registrados.' },
  sidebar_add_goal: { en: 'Add goal', es: 'Agregar objetivo' },
  sidebar_edit_goal: { en: 'Edit goal', es: 'Editar objetivo' },
  sidebar_goal_needs_text: { en: 'A goal needs some text', es: 'El objetivo necesita un texto' },
  sidebar_choose_first: { en: 'Choose what to keep first.', es: 'Primero elija qué conservar.' },
  sidebar_goal_removed: {
    en: 'This goal was removed elsewhere while you were editing. Save to add it back, or Cancel.',
    es: 'Este objetivo se eliminó en otro lugar mientras usted lo editaba. Pulse Guardar para volver a agregarlo, o Cancelar.',
    note: '"Save" and "Cancel" are the buttons below it (common_save, common_cancel).',
  },
  sidebar_acceptable_outcome_is: { en: 'Acceptable outcome: {outcome}', es: 'Resultado aceptable: {outcome}' },
  sidebar_goal_open: { en: 'Open', es: 'Abierto', note: 'A goal\'s status (objetivo: masculine).' },
  sidebar_goal_met: { en: 'Met', es: 'Cumplido', note: 'A goal\'s status.' },
  sidebar_goal_revised: { en: 'Revised', es: 'Revisado', note: 'A goal\'s status.' },
  sidebar_goal_dropped: { en: 'Dropped', es: 'Descartado', note: 'A goal\'s status.' },

  // Logging an interaction
  sidebar_log: { en: 'Log', es: 'Registrar', note: 'Button: record the call, meeting… typed above.' },
  sidebar_logged_kind: { en: 'Logged: {kind}', es: 'Registrado: {kind}', note: '{kind} is the kind of interaction ("Call").' },
  sidebar_mood_option_pleased: { en: 'Pleased', es: 'Satisfecho', note: 'The client\'s mood in an interaction (generic masculine, as for "el cliente").' },
  sidebar_mood_option_neutral: { en: 'Neutral', es: 'Neutral', note: 'The same in Spanish. The client\'s mood in an interaction.' },
  sidebar_mood_option_frustrated: { en: 'Frustrated', es: 'Frustrado', note: 'The client\'s mood in an interaction.' },

  // Moods and checking in
  sidebar_mood_pleased: { en: 'pleased', es: 'satisfecho', note: 'A recorded mood, in lower case: shown after other words and in lists.' },
  sidebar_mood_neutral: { en: 'neutral', es: 'neutral', note: 'The same in Spanish. A recorded mood, in lower case.' },
  sidebar_mood_frustrated: { en: 'frustrated', es: 'frustrado', note: 'A recorded mood, in lower case.' },
  sidebar_mood_not_recorded: { en: 'not recorded', es: 'sin registrar', note: 'An interaction logged without a mood.' },
  sidebar_mood_none: { en: 'No interactions yet.', es: 'Aún no hay interacciones.' },
  sidebar_mood_over_last: {
    en: { one: 'Mood over the last {n} interaction, oldest first: {moods}.', other: 'Mood over the last {n} interactions, oldest first: {moods}.' },
    es: { one: 'Estado de ánimo en la última interacción: {moods}.', other: 'Estado de ánimo en las últimas {n} interacciones, de la más antigua a la más reciente: {moods}.' },
    note: '{moods} is a comma-separated list of moods ("pleased, not recorded, frustrated"). Read by screen readers and shown in the prep brief.',
  },
  sidebar_check_in_with: { en: 'Check in with {name}', es: 'Comuníquese con {name}', note: 'Heading of the notice that a client seems unhappy; {name} is the client.' },
  sidebar_check_in_line: {
    en: '{checkIn} — {reason}.',
    es: '{checkIn}: {reason}.',
    note: '{checkIn} is "Check in with <name>" (in bold), {reason} one of the check-in reasons below.',
  },
  sidebar_check_in_two_frustrated: { en: 'two frustrated interactions in a row', es: 'dos interacciones seguidas con frustración', note: 'Why to check in; follows "Check in with <name> —", in lower case.' },
  sidebar_check_in_falling: { en: 'their mood has been falling', es: 'su estado de ánimo ha ido empeorando', note: 'Why to check in; follows "Check in with <name> —", in lower case.' },

  // Deadlines, promises and open questions
  sidebar_promise_added: { en: 'Promise added: {title}', es: 'Compromiso agregado: {title}' },
  sidebar_done: { en: 'Done: {title}', es: 'Completado: {title}', note: 'Announced when a deadline or promise is marked done.' },
  sidebar_promise_overdue: { en: 'Promise overdue: {title}', es: 'Compromiso vencido: {title}' },
  sidebar_promise_overdue_line: {
    en: '{promise} — was due {due}',
    es: '{promise}: vencía el {due}',
    note: '{promise} is "Promise overdue: <title>" (in bold); {due} a date, possibly with a time.',
  },
  sidebar_open_questions: { en: 'Open questions', es: 'Preguntas pendientes', note: 'Questions to ask the client next time.' },
  sidebar_answered: { en: 'Answered', es: 'Respondida', note: 'Button: mark the question as answered (pregunta: feminine).' },
  sidebar_answered_label: { en: 'Answered: {question}', es: 'Respondida: {question}', note: 'Accessible name of the Answered button, with the question.' },
  sidebar_marked_answered: { en: 'Marked answered', es: 'Marcada como respondida' },
  sidebar_new_question: { en: 'New question to ask', es: 'Nueva pregunta para el cliente' },
  sidebar_add_question: { en: 'Add question', es: 'Agregar pregunta' },
  sidebar_question_added: { en: 'Question added', es: 'Pregunta agregada' },
  sidebar_prep_brief_for: { en: 'Prep brief for {name}', es: 'Resumen de preparación para {name}' },
  sidebar_heads_up_sent: {
    en: 'Heads-up sent: {subject}',
    es: 'Aviso enviado: {subject}',
    note: 'Saved as a note on the client after the user sent them a heads-up about a deadline; {subject} is the e-mail subject.',
  },
  sidebar_logged_as_note: { en: 'Logged as a note', es: 'Registrado como nota' },

  // Filings on a portal
  sidebar_filing_rejected: { en: 'Filing rejected: {what}', es: 'Presentación rechazada: {what}', note: '{what} is the case number, or the portal\'s status text.' },
  sidebar_filing_rejected_line: { en: '{rejected} · Tell the client', es: '{rejected} · Avise al cliente', note: '{rejected} is "Filing rejected: …" (in bold).' },
  sidebar_filing_rejected_ref_line: {
    en: '{rejected} — {ref} · Tell the client',
    es: '{rejected} — {ref} · Avise al cliente',
    note: '{rejected} is "Filing rejected: …" (in bold), {ref} the portal\'s reference ("envelope 123").',
  },
  sidebar_filing_row_ref: { en: '{status} — {ref}', es: '{status} — {ref}', note: 'The same in Spanish. {status} is the portal\'s own status text, {ref} its reference ("envelope 123").' },
  sidebar_ref_order: { en: 'order {ref}', es: 'pedido {ref}', note: 'One Legal\'s number for a filing order.' },
  sidebar_ref_envelope: { en: 'envelope {ref}', es: 'sobre {ref}', note: 'Odyssey eFileCA\'s number for a submission ("envelope").' },
  sidebar_ref_transaction: { en: 'transaction {ref}', es: 'transacción {ref}', note: 'File & ServeXpress\'s number for a filing.' },
  sidebar_ref_other: { en: 'ref {ref}', es: 'ref. {ref}', note: 'A portal\'s reference number for a filing.' },
  sidebar_filing_logged: { en: 'Filing logged', es: 'Presentación registrada' },
  sidebar_filing_already_logged: { en: 'This filing was already logged', es: 'Esta presentación ya estaba registrada' },
  sidebar_logged_short: { en: 'Logged', es: 'Registrada', note: 'Beside a portal row once its filing (presentación: feminine) is logged.' },
  sidebar_already_logged_short: { en: 'Already logged', es: 'Ya registrada', note: 'Beside a portal row whose filing was logged before.' },
  sidebar_acknowledge: { en: 'Acknowledge', es: 'Enterado', note: 'Button: the user has seen the rejected filing; the flag goes away.' },
  sidebar_acknowledged: { en: 'Acknowledged', es: 'Marcado como visto' },
  sidebar_log_filing: { en: 'Log filing', es: 'Registrar presentación' },

  // People on a client's matter
  sidebar_role_client_contact: { en: 'Client contact', es: 'Contacto del cliente', note: 'A role on a matter.' },
  sidebar_role_opposing_counsel: { en: 'Opposing counsel', es: 'Abogado de la parte contraria', note: 'A role on a matter.' },
  sidebar_role_adverse_party: { en: 'Adverse party', es: 'Parte contraria', note: 'A role on a matter.' },
  sidebar_role_co_counsel: { en: 'Co-counsel', es: 'Coabogado', note: 'A role on a matter.' },
  sidebar_role_court: { en: 'Court / clerk', es: 'Tribunal / secretario judicial', note: 'A role on a matter.' },
  sidebar_role_expert: { en: 'Expert', es: 'Perito', note: 'A role on a matter.' },
  sidebar_role_witness: { en: 'Witness', es: 'Testigo', note: 'A role on a matter.' },
  sidebar_role_insurer: { en: 'Insurer / adjuster', es: 'Aseguradora / ajustador', note: 'A role on a matter.' },
  sidebar_role_other: { en: 'Other', es: 'Otro', note: 'A role on a matter.' },
  sidebar_untitled_matter: { en: 'Untitled matter', es: 'Asunto sin título' },
  sidebar_colleague: { en: 'Colleague', es: 'Colega', note: 'Someone at the user\'s own firm.' },
  sidebar_role_organisation: {
    en: "{role}'s organisation",
    es: '{role}: misma organización',
    note: 'Someone on screen works at the same organisation as a person on the matter; {role} is that person\'s role ("Opposing counsel").',
  },
  sidebar_same_domain: {
    en: 'Same domain as {name} ({domain}), {role} on this matter',
    es: 'Mismo dominio que {name} ({domain}), {role} en este asunto',
    note: '{role} is a role in lower case ("opposing counsel"); {domain} an e-mail domain.',
  },
  sidebar_client_is: { en: 'Client: {name}', es: 'Cliente: {name}' },
  sidebar_on_docket: { en: 'On the docket: {label}', es: 'En el expediente del caso: {label}', note: '{label} is how the court\'s docket names the person.' },
  sidebar_by_name_only: {
    en: 'Recognised by name only: no address on screen to confirm it',
    es: 'Reconocido solo por el nombre: no hay una dirección en pantalla que lo confirme',
  },
  sidebar_deadlines: { en: 'Deadlines', es: 'Plazos' },
  sidebar_goals_for_matter: { en: "{name}'s goals for this matter", es: 'Objetivos de {name} para este asunto', note: '{name} is the client.' },
  sidebar_last_interactions: { en: 'Last interactions about this matter', es: 'Últimas interacciones sobre este asunto' },
  sidebar_no_matter_deadlines: { en: 'No open deadlines on this matter.', es: 'No hay plazos abiertos en este asunto.' },
  sidebar_no_open_goals: { en: 'No open goals.', es: 'No hay objetivos abiertos.' },
  sidebar_due_when: { en: '{due} ({when})', es: '{due} ({when})', note: 'The same in Spanish. {due} is a date, {when} a relative day ("in 3 days").' },
  sidebar_log_with: { en: 'Log with {who}', es: 'Registrar con {who}', note: 'Button: log an interaction with this person; {who} is a name, an organisation or a role.' },
  sidebar_log_on_matter: { en: 'Log on the matter', es: 'Registrar en el asunto' },
  sidebar_matter_log_summary: {
    en: '{kind} with {role} {who}',
    es: '{kind} con {role} {who}',
    note: 'Saved as the summary when none is typed: "Call with opposing counsel Victor Brandt". {role} is in lower case.',
  },
  sidebar_logged_on_matter: { en: 'Logged on {matter}: {kind}', es: 'Registrado en {matter}: {kind}', note: '{matter} is the case name; {kind} the kind of interaction.' },
  sidebar_people_on_matter: { en: 'People on this matter', es: 'Personas de este asunto' },
  sidebar_people_hint: {
    en: 'Opposing counsel, adverse parties, co-counsel, the court … Rapport recognises them in e-mail as people on this matter, never as clients.',
    es: 'Abogados de la parte contraria, partes contrarias, coabogados, el tribunal… Rapport los reconoce en el correo como personas de este asunto, nunca como clientes.',
  },
  sidebar_person_n: { en: 'Person {number}', es: 'Persona {number}' },
  sidebar_remove_person_n: { en: 'Remove person {number}', es: 'Quitar la persona {number}' },
  sidebar_remove: { en: 'Remove', es: 'Quitar' },
  sidebar_add_person: { en: 'Add person', es: 'Agregar persona' },
  sidebar_field_role: { en: 'Role', es: 'Función' },
  sidebar_field_organisation: { en: 'Organisation', es: 'Organización' },
  sidebar_field_emails: { en: 'E-mail addresses', es: 'Direcciones de correo electrónico' },
  sidebar_one_per_line: { en: 'One per line', es: 'Una por línea' },
  sidebar_field_notes: { en: 'Notes', es: 'Notas' },

  // Conflict check
  sidebar_conflict_possible_title: { en: 'Possible conflict of interest', es: 'Posible conflicto de intereses' },
  sidebar_conflict_check_title: { en: 'Check for a conflict', es: 'Verifique si hay un conflicto' },
  sidebar_conflict_matches: {
    en: {
      one: '{candidate} matches a record in Rapport. Check for a conflict before saving.',
      other: '{candidate} matches {n} records in Rapport. Check for a conflict before saving.',
    },
    es: {
      one: '{candidate} coincide con un registro de Rapport. Verifique si hay un conflicto antes de guardar.',
      other: '{candidate} coincide con {n} registros de Rapport. Verifique si hay un conflicto antes de guardar.',
    },
    note: '{candidate} is the name or address about to be saved. A form may leave out {n} ("a record"); the other names then sort before n, or Chrome\'s numbered substitutions would shift.',
  },
  sidebar_conflict_may_match: {
    en: { one: '{candidate} may match a record in Rapport. Check before saving.', other: '{candidate} may match {n} records in Rapport. Check before saving.' },
    es: {
      one: '{candidate} podría coincidir con un registro de Rapport. Verifique antes de guardar.',
      other: '{candidate} podría coincidir con {n} registros de Rapport. Verifique antes de guardar.',
    },
    note: '{candidate} is the name or address about to be saved. A form may leave out {n} ("a record"); the other names then sort before n, or Chrome\'s numbered substitutions would shift.',
  },
  sidebar_dont_save: { en: 'Don’t save', es: 'No guardar' },
  sidebar_save_anyway: { en: 'Save anyway…', es: 'Guardar de todos modos…' },
  sidebar_save_anyway_hint: {
    en: 'Saving anyway records who confirmed, when, and the matches above.',
    es: 'Si guarda de todos modos, se registra quién lo confirmó, cuándo y las coincidencias anteriores.',
  },
  sidebar_confirmed_by: { en: 'Confirmed by', es: 'Confirmado por' },
  sidebar_say_who_confirms: { en: 'Say who confirms', es: 'Indique quién lo confirma' },
  sidebar_reason_optional: { en: 'Reason (optional)', es: 'Motivo (opcional)' },
  sidebar_back: { en: 'Back', es: 'Volver' },
  sidebar_confirm_and_save: { en: 'Confirm and save', es: 'Confirmar y guardar' },
  sidebar_check_name_title: { en: 'Check a name', es: 'Verificar un nombre' },
  sidebar_check_name_intro: {
    en: 'Before intake: searches every client, every person on a matter and every party named in a case, as Rapport does before saving a new client.',
    es: 'Antes de aceptar un cliente: busca en todos los clientes, todas las personas de un asunto y todas las partes nombradas en un caso, como hace Rapport antes de guardar un cliente nuevo.',
  },
  sidebar_check_name_empty: {
    en: 'Enter a name, an organisation or an e-mail address',
    es: 'Escriba un nombre, una organización o una dirección de correo electrónico',
  },
  sidebar_check: { en: 'Check', es: 'Verificar', note: 'Button: run the conflict check.' },
  sidebar_conflict_report_title: { en: 'Conflict check: {what}', es: 'Verificación de conflictos: {what}', note: '{what} is the name, organisation and addresses searched.' },
  sidebar_report_checked: { en: 'Checked', es: 'Verificado', note: 'Label of the date and time the check ran.' },
  sidebar_report_searched: { en: 'Searched', es: 'Se buscó en', note: 'Label of what the check searched ("12 clients, 30 people on matters …").' },
  sidebar_print: { en: 'Print', es: 'Imprimir' },

  // Edits that met someone else's
  sidebar_edit_conflict_title: {
    en: 'Changed elsewhere while you were editing. Nothing was saved: choose what to keep, then save again.',
    es: 'Se modificó en otro lugar mientras usted editaba. No se guardó nada: elija qué conservar y vuelva a guardar.',
  },
  sidebar_edit_conflict_field: { en: '{field}: changed elsewhere', es: '{field}: modificado en otro lugar', note: '{field} is a field\'s label.' },
  sidebar_saved_elsewhere: { en: 'Saved elsewhere', es: 'Guardado en otro lugar' },
  sidebar_yours: { en: 'Yours', es: 'Su versión' },
  sidebar_use_theirs: { en: 'Use theirs', es: 'Usar la otra versión' },
  sidebar_keep_mine: { en: 'Keep mine', es: 'Conservar la mía' },
  sidebar_keep_both: { en: 'Keep both', es: 'Conservar ambas' },
  sidebar_empty_value: { en: '(empty)', es: '(vacío)', note: 'Shown in place of a field that holds no text.' },
});
