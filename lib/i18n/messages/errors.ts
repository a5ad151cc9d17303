import { defineMessages } from '../define';

/**
 * Errors and refusals built in lib/ (the background's stores and router, model
 * validation, backups, portals) and shown to the user as they are. Every key
 * starts with `errors_`. Texts after a path (`clients[12].emails[0]: …`) start
 * in lower case in English, as a clause after the path.
 */
export const errors = defineMessages({
  // Messaging: who may send, the router, the page side
  errors_only_from_rapport: { en: 'Messages are accepted only from Rapport itself.', es: 'Solo se aceptan mensajes del propio Rapport.' },
  errors_unknown_sender: { en: 'A message without a known sender is refused.', es: 'Se rechaza un mensaje sin un remitente conocido.' },
  errors_not_in_tab: { en: 'A page outside a tab cannot message Rapport.', es: 'Una página fuera de una pestaña no puede enviar mensajes a Rapport.' },
  errors_not_on_page: { en: 'Rapport does not run on this page.', es: 'Rapport no funciona en esta página.' },
  errors_mail_own_only: {
    en: 'A {site} page may log only its own mail.',
    es: 'Una página de {site} solo puede registrar su propio correo.',
    note: '{site} is gmail or outlook.',
  },
  errors_mail_too_much: { en: 'Too much mail logged from this page at once.', es: 'Se registró demasiado correo desde esta página a la vez.' },
  errors_filings_own_only: { en: 'A portal page may log only its own filings.', es: 'Una página de portal solo puede registrar sus propias presentaciones.' },
  errors_filings_too_many: { en: 'Too many filings logged from this page at once.', es: 'Se registraron demasiadas presentaciones desde esta página a la vez.' },
  errors_unreachable: { en: 'Rapport is not reachable. Reload the page.', es: 'No se puede contactar con Rapport. Vuelva a cargar la página.' },
  errors_no_answer: { en: 'No answer from Rapport.', es: 'Rapport no respondió.' },
  errors_malformed: { en: 'Malformed message.', es: 'Mensaje con formato incorrecto.' },
  errors_unknown_message: { en: 'Unknown message “{type}”.', es: 'Mensaje desconocido: “{type}”.', note: '{type} is an internal message name.' },
  errors_invalid_request: {
    en: 'Invalid {type}: {problems}',
    es: 'Solicitud {type} no válida: {problems}',
    note: '{type} is an internal message name; {problems} is a list of "path: problem" separated by semicolons.',
  },
  errors_exists: { en: 'That record already exists.', es: 'Ese registro ya existe.' },
  errors_internal: { en: 'Rapport could not complete that. Nothing was changed.', es: 'Rapport no pudo completar la operación. No se cambió nada.' },
  errors_too_many_records: {
    en: 'At most {max} records (clients, interactions, deadlines and questions) in one message; stage more with bulkBegin and bulkStage',
    es: 'Como máximo {max} registros (clientes, interacciones, plazos y preguntas) en un mensaje; prepare más con bulkBegin y bulkStage',
    note: 'bulkBegin and bulkStage are internal message names: keep them.',
  },
  errors_restore_only_settings: { en: 'Only a restore carries settings and portals', es: 'Solo una restauración incluye configuración y portales' },
  errors_client_identity: { en: 'Enter a name, an organisation or an e-mail address', es: 'Escriba un nombre, una organización o una dirección de correo electrónico' },

  // Stores
  errors_client_gone: { en: 'That client no longer exists.', es: 'Ese cliente ya no existe.' },
  errors_client_id_taken: { en: 'That id belongs to another client.', es: 'Ese identificador pertenece a otro cliente.' },
  errors_client_changed: {
    en: 'This client was changed elsewhere. Reload to see the latest, then edit again.',
    es: 'Este cliente se cambió en otro lugar. Vuelva a cargar para ver la versión más reciente y edítelo de nuevo.',
  },
  errors_client_not_trashed: { en: 'That client is not in the trash.', es: 'Ese cliente no está en la papelera.' },
  errors_interaction_gone: { en: 'That interaction no longer exists.', es: 'Esa interacción ya no existe.' },
  errors_filing_gone: { en: 'That filing no longer exists.', es: 'Esa presentación ya no existe.' },
  errors_case_not_clients: {
    en: '{case} is not one of {name}’s matters.',
    es: '{case} no es uno de los asuntos de {name}.',
    note: '{case} is a case number or matter code; {name} a client’s name.',
  },
  errors_that_case_not_clients: { en: 'That case is not one of {name}’s matters.', es: 'Ese caso no es uno de los asuntos de {name}.' },
  errors_cursor: { en: 'That page cursor is not one Rapport gave out.', es: 'Ese cursor de página no lo generó Rapport.' },
  errors_deadline_settings_changed: {
    en: 'Deadline settings were changed elsewhere since you opened them.',
    es: 'La configuración de plazos se cambió en otro lugar después de que usted la abriera.',
  },
  errors_settings_changed: { en: 'Settings were changed elsewhere since you opened them.', es: 'La configuración se cambió en otro lugar después de que usted la abriera.' },
  errors_deadline_gone: { en: 'That deadline no longer exists.', es: 'Ese plazo ya no existe.' },
  errors_matter_not_clients: { en: 'That matter is not one of this client’s.', es: 'Ese asunto no es de este cliente.' },
  errors_deadline_id_taken: { en: 'That id belongs to another deadline.', es: 'Ese identificador pertenece a otro plazo.' },
  errors_deadline_which: { en: 'Say which deadline to change.', es: 'Indique qué plazo desea cambiar.' },
  errors_deadline_stays: { en: 'A deadline stays with the client it was made for.', es: 'Un plazo se queda con el cliente para el que se creó.' },
  errors_deadline_changed: {
    en: 'This deadline was changed elsewhere. Reload to see the latest, then edit again.',
    es: 'Este plazo se cambió en otro lugar. Vuelva a cargar para ver la versión más reciente y edítelo de nuevo.',
  },
  errors_question_id_taken: { en: 'That id belongs to another question.', es: 'Ese identificador pertenece a otra pregunta.' },
  errors_question_gone: { en: 'That question no longer exists.', es: 'Esa pregunta ya no existe.' },

  // Bulk jobs (imports and restores written in chunks)
  errors_bulk_restore_only: { en: 'Only a restore carries settings and portals.', es: 'Solo una restauración incluye configuración y portales.' },
  errors_bulk_exists: { en: 'That bulk job already exists.', es: 'Esa operación masiva ya existe.' },
  errors_bulk_not_staging: { en: 'That bulk job is not open for staging.', es: 'Esa operación masiva no admite más datos.' },
  errors_bulk_committing: { en: 'That bulk job is already being committed.', es: 'Esa operación masiva ya se está guardando.' },
  errors_bulk_none: { en: 'There is no such bulk job.', es: 'No existe esa operación masiva.' },
  errors_bulk_chunk_missing: { en: 'Chunk {chunk} of that bulk job is missing.', es: 'Falta la parte {chunk} de esa operación masiva.' },
  errors_bulk_committed: { en: 'That bulk job was already committed.', es: 'Esa operación masiva ya se guardó.' },

  // Undo of an import or restore
  errors_undo_nothing: {
    en: 'There is nothing to undo: no import or restore has been made here yet.',
    es: 'No hay nada que deshacer: todavía no se ha hecho ninguna importación ni restauración aquí.',
  },
  errors_undo_small_import: {
    en: 'The last import had fewer than {min} records, so no snapshot was kept: there is nothing to undo. Delete what you do not want from the client list.',
    es: 'La última importación tenía menos de {min} registros, así que no se guardó ninguna instantánea: no hay nada que deshacer. Elimine de la lista de clientes lo que no desee.',
  },
  errors_undo_import_gone: { en: 'The snapshot of the last import is no longer kept: there is nothing to undo.', es: 'La instantánea de la última importación ya no se conserva: no hay nada que deshacer.' },
  errors_undo_restore_gone: { en: 'The snapshot of the last restore is no longer kept: there is nothing to undo.', es: 'La instantánea de la última restauración ya no se conserva: no hay nada que deshacer.' },
  errors_undo_import_done: { en: 'The last import has already been undone: there is nothing more to undo.', es: 'La última importación ya se deshizo: no hay nada más que deshacer.' },
  errors_undo_restore_done: { en: 'The last restore has already been undone: there is nothing more to undo.', es: 'La última restauración ya se deshizo: no hay nada más que deshacer.' },
  errors_undo_snapshot_gone: {
    en: 'There is nothing to undo: that snapshot is gone or already undone.',
    es: 'No hay nada que deshacer: esa instantánea ya no existe o ya se deshizo.',
  },
  errors_undo_not_last: {
    en: 'Another import or restore came after that one: only the last can be undone.',
    es: 'Después de esa se hizo otra importación o restauración: solo se puede deshacer la última.',
  },

  // The Alt+Shift+L shortcut's notifications
  errors_call_no_screen: { en: 'No client on this page. Open Rapport from the toolbar to choose one.', es: 'No hay ningún cliente en esta página. Abra Rapport desde la barra de herramientas para elegir uno.' },
  errors_call_no_client: {
    en: 'Nobody on this page is a client. Open Rapport from the toolbar to choose one.',
    es: 'Nadie en esta página es cliente. Abra Rapport desde la barra de herramientas para elegir uno.',
  },
  errors_call_several: {
    en: { one: '{n} client on this page ({names}). Open Rapport from the toolbar to choose whom the call was with.', other: '{n} clients on this page ({names}). Open Rapport from the toolbar to choose whom the call was with.' },
    es: { one: '{n} cliente en esta página ({names}). Abra Rapport desde la barra de herramientas para elegir con quién fue la llamada.', other: '{n} clientes en esta página ({names}). Abra Rapport desde la barra de herramientas para elegir con quién fue la llamada.' },
    note: '{names} is a list of client names.',
  },
  errors_call_unsure: {
    en: 'Is this {name}? The page shows a name only. Open Rapport from the toolbar to log the call.',
    es: '¿Es {name}? La página solo muestra un nombre. Abra Rapport desde la barra de herramientas para registrar la llamada.',
  },
  errors_call_logged: { en: 'Logged a call with {name}', es: 'Se registró una llamada con {name}' },
  errors_call_not_logged_title: { en: 'Rapport: no call logged', es: 'Rapport: no se registró ninguna llamada', note: 'Title of a system notification.' },

  // Portals the user adds
  errors_portal_enter: { en: 'Enter the portal’s address, e.g. https://efile.example-court.gov', es: 'Escriba la dirección del portal; por ejemplo, https://efile.example-court.gov' },
  errors_portal_wildcard: { en: 'Enter one portal’s address; wildcards (*) are not allowed.', es: 'Escriba la dirección de un solo portal; no se permiten comodines (*).' },
  errors_portal_not_web: { en: 'That is not a web address.', es: 'Esa no es una dirección web.' },
  errors_portal_https: {
    en: 'Only https:// portals can be added: client pages must not travel unencrypted.',
    es: 'Solo se pueden agregar portales https://: las páginas de clientes no deben viajar sin cifrar.',
  },
  errors_portal_credentials: { en: 'Leave the user name and password out of the address.', es: 'No incluya el nombre de usuario ni la contraseña en la dirección.' },
  errors_portal_port: { en: 'Portals on a non-standard port are not supported.', es: 'No se admiten portales en un puerto no estándar.' },
  errors_portal_host: { en: 'Enter a full host name such as efile.example-court.gov.', es: 'Escriba un nombre de host completo, como efile.example-court.gov.' },
  errors_portal_mail_host: { en: '{host} is a mail host: Rapport already shows its sidebar there.', es: '{host} es un servicio de correo: Rapport ya muestra allí su barra lateral.' },
  errors_portal_known: { en: 'Rapport already recognises {host}; there is nothing to add.', es: 'Rapport ya reconoce {host}; no hay nada que agregar.' },
  errors_portal_not_allowed: {
    en: 'Rapport was not allowed to read {origin}. Add it again and choose Allow.',
    es: 'Rapport no obtuvo permiso para leer {origin}. Agréguelo de nuevo y elija Permitir.',
    note: '“Allow” is the button of the browser’s permission prompt: use the browser’s own word.',
  },
  errors_portal_not_yours: { en: '{origin} is not one of your portals.', es: '{origin} no es uno de sus portales.' },

  // Model validation (forms and files)
  errors_domain: { en: 'Not a valid domain (e.g. acme.com)', es: 'No es un dominio válido (p. ej., acme.com)' },
  errors_goal_text: { en: 'A goal needs some text', es: 'Un objetivo necesita texto' },
  errors_max_days: { en: 'Maximum days must be at least the ideal days', es: 'Los días máximos deben ser al menos los días ideales' },
  errors_cadence_days: { en: 'Set the ideal days, the maximum, or both', es: 'Indique los días ideales, los máximos o ambos' },
  errors_client_name: { en: 'A client needs a name', es: 'Un cliente necesita un nombre' },
  errors_real_date: { en: 'Use a real date, e.g. 2026-12-03', es: 'Use una fecha real; por ejemplo, 2026-12-03' },
  errors_time: { en: 'Use a 24-hour time, e.g. 17:00', es: 'Use una hora en formato de 24 horas; por ejemplo, 17:00' },
  errors_buffer: { en: 'The buffer cannot be negative', es: 'El margen no puede ser negativo' },
  errors_deadline_title: { en: 'Say what is due', es: 'Indique qué vence' },
  errors_email: { en: 'Not a valid e-mail address', es: 'No es una dirección de correo electrónico válida' },
  errors_future: { en: 'That date is in the future', es: 'Esa fecha está en el futuro' },
  errors_person_name: { en: 'A person needs a name or an organisation', es: 'Una persona necesita un nombre o una organización' },
  errors_who_confirms: { en: 'Say who confirms', es: 'Indique quién confirma' },
  errors_question_text: { en: 'A question needs some text', es: 'Una pregunta necesita texto' },
  errors_address_or_domain: { en: 'Not an address or domain (e.g. ana@acme.com or acme.com)', es: 'No es una dirección ni un dominio (p. ej., ana@acme.com o acme.com)' },
  errors_tag_cadence_tag: { en: 'A tag cadence needs a tag', es: 'Una frecuencia de contacto por etiqueta necesita una etiqueta' },
  errors_tag_cadences_max: { en: 'At most {max} tag cadences', es: 'Como máximo {max} frecuencias de contacto por etiqueta' },
  errors_urgent_warning: { en: 'Urgent must be at least the warning time', es: 'El tiempo urgente debe ser al menos el tiempo de aviso' },
  errors_firm_not_domain: { en: '“{value}” is not a domain (e.g. smithlaw.com)', es: '“{value}” no es un dominio (p. ej., smithlaw.com)' },
  errors_firm_public: {
    en: '{domain} is a public mail service: everyone there would count as a colleague. Add colleagues\' addresses instead.',
    es: '{domain} es un servicio de correo público: todos sus usuarios contarían como colegas. Agregue en su lugar las direcciones de sus colegas.',
  },
  errors_firm_shared: {
    en: '{domain} is shared by many organisations: use your firm\'s own part of it (yourfirm.{domain}).',
    es: '{domain} lo comparten muchas organizaciones: use la parte propia de su despacho (sudespacho.{domain}).',
  },

  // Backup files (after a path such as `clients[12].emails[0]: `, so in lower case)
  errors_backup_not_object: {
    en: 'not a Rapport backup (expected a JSON object with "format": "{format}")',
    es: 'no es una copia de seguridad de Rapport (se esperaba un objeto JSON con "format": "{format}")',
    note: '"format" and {format} are file content: keep them.',
  },
  errors_backup_wrong_format: { en: 'not a Rapport backup (format must be "{format}")', es: 'no es una copia de seguridad de Rapport (format debe ser "{format}")' },
  errors_backup_header_format: { en: 'Not a Rapport backup (format must be "{format}")', es: 'No es una copia de seguridad de Rapport (format debe ser "{format}")' },
  errors_backup_newer: {
    en: 'made by a newer Rapport (backup version {version}; this one reads version {reads}): update Rapport first',
    es: 'la hizo un Rapport más reciente (versión de copia {version}; este lee la versión {reads}): actualice Rapport primero',
  },
  errors_backup_versions: {
    en: 'Unsupported backup version (this Rapport reads versions {versions})',
    es: 'Versión de copia de seguridad no admitida (este Rapport lee las versiones {versions})',
    note: '{versions} is a list of numbers ("1 and 2").',
  },
  errors_backup_datetime: { en: 'Not an ISO 8601 date-time', es: 'No es una fecha y hora ISO 8601' },
  errors_backup_portal_origin: { en: 'Not a portal origin (https://host, lower case, no path)', es: 'No es un origen de portal (https://host, en minúsculas, sin ruta)' },
  errors_backup_extra_member: { en: 'not part of backup version {version}; ignored', es: 'no forma parte de la versión {version} de la copia de seguridad; se ignora' },
  errors_backup_duplicate_client: { en: 'duplicate client id "{id}" (also {at})', es: 'identificador de cliente repetido "{id}" (también en {at})', note: '{at} is a path in the file, e.g. clients[3].' },
  errors_backup_duplicate_matter: { en: 'duplicate matter id "{id}" (also {at})', es: 'identificador de asunto repetido "{id}" (también en {at})' },
  errors_backup_duplicate_goal: { en: 'duplicate goal id "{id}" (also {at})', es: 'identificador de objetivo repetido "{id}" (también en {at})' },
  errors_backup_duplicate_interaction: { en: 'duplicate interaction id "{id}" (also {at})', es: 'identificador de interacción repetido "{id}" (también en {at})' },
  errors_backup_duplicate_deadline: { en: 'duplicate deadline id "{id}" (also {at})', es: 'identificador de plazo repetido "{id}" (también en {at})' },
  errors_backup_duplicate_question: { en: 'duplicate question id "{id}" (also {at})', es: 'identificador de pregunta repetido "{id}" (también en {at})' },
  errors_backup_duplicate_portal: { en: 'duplicate portal "{origin}" (also {at})', es: 'portal repetido "{origin}" (también en {at})' },
  errors_backup_no_client: { en: 'no client "{id}" in this backup', es: 'no hay ningún cliente "{id}" en esta copia de seguridad' },
  errors_backup_client_trashed: {
    en: 'client "{id}" is in the trash; its interactions belong in its trash entry',
    es: 'el cliente "{id}" está en la papelera; sus interacciones van en su entrada de la papelera',
  },
  errors_backup_wrong_owner: {
    en: 'belongs to client "{id}", not to this trash entry\'s client "{owner}"',
    es: 'pertenece al cliente "{id}", no al cliente de esta entrada de la papelera, "{owner}"',
  },
  errors_backup_message_twice: {
    en: 'message "{message}" is logged twice for client "{id}" (also {at})',
    es: 'el mensaje "{message}" está registrado dos veces para el cliente "{id}" (también en {at})',
  },
  errors_backup_missing_list: { en: 'missing (expected a list, possibly empty)', es: 'falta (se esperaba una lista, que puede estar vacía)' },
  errors_backup_not_list: { en: 'expected a list', es: 'se esperaba una lista' },
  errors_backup_file_empty: { en: 'the file is empty', es: 'el archivo está vacío' },
  errors_backup_json_at: {
    en: 'not valid JSON at line {line}, column {column} (the file may be cut short or edited by hand)',
    es: 'JSON no válido en la línea {line}, columna {column} (puede que el archivo esté incompleto o editado a mano)',
  },
  errors_backup_json_early_end: {
    en: 'not valid JSON: the file ends too early, at line {line} (it may be cut short)',
    es: 'JSON no válido: el archivo termina antes de tiempo, en la línea {line} (puede que esté incompleto)',
  },
  errors_backup_json_other: { en: 'not valid JSON ({why})', es: 'JSON no válido ({why})', note: '{why} is the browser’s own explanation, in English.' },
  errors_backup_merged_with: {
    en: 'merged with existing client "{name}": {problem}',
    es: 'combinado con el cliente existente "{name}": {problem}',
  },

  // Automatic backups (shown after "The last automatic backup failed: ")
  errors_download_interrupted: {
    en: 'the download was interrupted ({reason})',
    es: 'la descarga se interrumpió ({reason})',
    note: '{reason} is the browser’s own code, e.g. FILE_NO_SPACE.',
  },
  errors_download_interrupted_no_reason: { en: 'the download was interrupted', es: 'la descarga se interrumpió' },
  errors_no_offscreen: {
    en: 'this browser has neither Blob URLs in the background nor offscreen documents',
    es: 'este navegador no admite URL de tipo Blob en segundo plano ni documentos fuera de pantalla',
  },

  // Restore preview notes (after a path, so in lower case)
  errors_restore_differs_interaction_backup: { en: "differs from the interaction already stored; the backup's version is kept", es: 'difiere de la interacción ya guardada; se conserva la versión de la copia de seguridad' },
  errors_restore_differs_interaction_current: { en: 'differs from the interaction already stored; the current version is kept', es: 'difiere de la interacción ya guardada; se conserva la versión actual' },
  errors_restore_differs_deadline_backup: { en: "differs from the deadline already stored; the backup's version is kept", es: 'difiere del plazo ya guardado; se conserva la versión de la copia de seguridad' },
  errors_restore_differs_deadline_current: { en: 'differs from the deadline already stored; the current version is kept', es: 'difiere del plazo ya guardado; se conserva la versión actual' },
  errors_restore_differs_question_backup: { en: "differs from the question already stored; the backup's version is kept", es: 'difiere de la pregunta ya guardada; se conserva la versión de la copia de seguridad' },
  errors_restore_differs_question_current: { en: 'differs from the question already stored; the current version is kept', es: 'difiere de la pregunta ya guardada; se conserva la versión actual' },
  errors_restore_message_logged: {
    en: 'message already logged for this client (interaction {id}); skipped',
    es: 'mensaje ya registrado para este cliente (interacción {id}); se omite',
  },

  // Writing a backup (shown after "Backup failed: ")
  errors_backup_record_invalid: { en: 'record not valid, backup stopped: {problems}', es: 'registro no válido; se detuvo la copia de seguridad: {problems}', note: '{problems} is a list of "path: problem".' },
  errors_backup_settings_invalid: { en: 'settings not valid, backup stopped: {problems}', es: 'configuración no válida; se detuvo la copia de seguridad: {problems}' },
  errors_backup_portal_invalid: { en: 'portal not valid: {problems}', es: 'portal no válido: {problems}' },
  errors_backup_deadline_settings_invalid: { en: 'deadline settings not valid, backup stopped: {problems}', es: 'configuración de plazos no válida; se detuvo la copia de seguridad: {problems}' },

  // Zod's own checks, by issue code (lib/model/zod-messages.ts). The English
  // keeps zod's wording, which tests and saved reports read.
  errors_zod_type: {
    en: 'Invalid input: expected {expected}, received {received}',
    es: 'Entrada no válida: se esperaba {expected} y se recibió {received}',
    note: '{expected} and {received} are JavaScript type names (string, number, undefined…): keep them.',
  },
  errors_zod_value: { en: 'Invalid input: expected {value}', es: 'Entrada no válida: se esperaba {value}', note: '{value} is the one value allowed, as written in the file.' },
  errors_zod_option: { en: 'Invalid option: expected one of {values}', es: 'Opción no válida: se esperaba uno de estos valores: {values}', note: '{values} are the allowed values separated by |.' },
  errors_zod_too_long: { en: 'Too big: expected string to have <={max} characters', es: 'Demasiado largo: como máximo {max} caracteres' },
  errors_zod_too_many: { en: 'Too big: expected array to have <={max} items', es: 'Demasiados elementos: como máximo {max}' },
  errors_zod_too_big: { en: 'Too big: expected number to be <={max}', es: 'Demasiado grande: como máximo {max}' },
  errors_zod_too_big_below: { en: 'Too big: expected number to be <{max}', es: 'Demasiado grande: debe ser menor que {max}' },
  errors_zod_too_short: { en: 'Too small: expected string to have >={min} characters', es: 'Demasiado corto: al menos {min} caracteres' },
  errors_zod_too_few: { en: 'Too small: expected array to have >={min} items', es: 'Muy pocos elementos: al menos {min}' },
  errors_zod_too_small: { en: 'Too small: expected number to be >={min}', es: 'Demasiado pequeño: al menos {min}' },
  errors_zod_too_small_above: { en: 'Too small: expected number to be >{min}', es: 'Demasiado pequeño: debe ser mayor que {min}' },
  errors_zod_email: { en: 'Invalid email address', es: 'Dirección de correo electrónico no válida' },
  errors_zod_datetime: { en: 'Invalid ISO datetime', es: 'Fecha y hora ISO no válida' },
  errors_zod_date: { en: 'Invalid ISO date', es: 'Fecha ISO no válida' },
  errors_zod_url: { en: 'Invalid URL', es: 'URL no válida' },
  errors_zod_pattern: { en: 'Invalid string: must match pattern {pattern}', es: 'Texto no válido: debe seguir el patrón {pattern}' },
  errors_zod_format: { en: 'Invalid {format}', es: 'Formato no válido ({format})', note: '{format} is a technical format name (uuid, ipv4…).' },
  errors_zod_integer: { en: 'Invalid input: expected int, received number', es: 'Entrada no válida: se esperaba un número entero' },
  errors_zod_multiple: { en: 'Invalid number: must be a multiple of {divisor}', es: 'Número no válido: debe ser múltiplo de {divisor}' },
  errors_zod_keys: {
    en: { one: 'Unrecognized key: {keys}', other: 'Unrecognized keys: {keys}' },
    es: { one: 'Clave no reconocida: {keys}', other: 'Claves no reconocidas: {keys}' },
    note: '{keys} are field names from the file.',
  },
  errors_zod_key_in: { en: 'Invalid key in {origin}', es: 'Clave no válida en {origin}', note: '{origin} is record or map.' },
  errors_zod_element_in: { en: 'Invalid value in {origin}', es: 'Valor no válido en {origin}', note: '{origin} is map or set.' },
  errors_zod_invalid: { en: 'Invalid input', es: 'Entrada no válida' },
});
