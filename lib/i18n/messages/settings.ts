import { defineMessages } from '../define';

/** Texts of the settings area; every key starts with `settings_`. */
export const settings = defineMessages({
  // --- The options page around the views (App.tsx, router.ts)
  settings_page_title: { en: 'Rapport — Clients', es: 'Rapport — Clientes', note: 'The options page’s window title.' },
  settings_nav_clients: { en: 'Clients', es: 'Clientes', note: 'Options page: the tab listing every client.' },
  settings_nav_losing_touch: { en: 'Losing touch', es: 'Contacto en riesgo', note: 'Options page: the tab of clients due or overdue for contact.' },
  settings_nav_deadlines: { en: 'Deadlines', es: 'Plazos', note: 'Options page: the tab listing deadlines and promises.' },
  settings_nav_check_name: { en: 'Check a name', es: 'Verificar un nombre', note: 'Options page: the tab running a conflict check on a name.' },
  settings_nav_data: { en: 'Data', es: 'Datos', note: 'Options page: the tab for import, export, backup and restore.' },
  settings_nav_settings: { en: 'Settings', es: 'Configuración', note: 'Options page: the tab of settings.' },
  settings_footer_privacy: { en: 'Privacy: what Rapport stores and how to delete it', es: 'Privacidad: qué guarda Rapport y cómo eliminarlo' },
  settings_footer_welcome: { en: 'Welcome and setup steps', es: 'Bienvenida y pasos de configuración' },
  settings_check_failed: { en: 'Rapport could not run the check. Try again.', es: 'Rapport no pudo realizar la verificación. Inténtelo de nuevo.', note: 'The conflict check on a name failed.' },

  // --- Settings: shared
  settings_heading: { en: 'Settings', es: 'Configuración' },
  settings_could_not_load: { en: 'Could not load settings.', es: 'No se pudo cargar la configuración.' },
  settings_could_not_save: { en: 'Could not save. Nothing was changed.', es: 'No se pudo guardar. No se cambió nada.' },
  settings_saved: { en: 'Settings saved', es: 'Configuración guardada' },
  settings_save: { en: 'Save settings', es: 'Guardar configuración' },
  settings_changed_elsewhere: {
    en: 'Settings were changed elsewhere: choose what to keep for each setting below first.',
    es: 'La configuración se cambió en otra ventana: primero elija qué conservar en cada opción de abajo.',
  },
  settings_whole_days: { en: 'Enter a whole number of days', es: 'Escriba un número entero de días' },
  settings_whole_hours: { en: 'Enter a whole number of hours', es: 'Escriba un número entero de horas' },
  settings_whole_backups: { en: 'Enter a whole number of backups', es: 'Escriba un número entero de copias de seguridad' },
  settings_on: { en: 'On', es: 'Activado', note: 'A setting that is switched on, as shown when two edits of it conflict.' },
  settings_off: { en: 'Off', es: 'Desactivado', note: 'A setting that is switched off; also the "no automatic backups" choice.' },
  settings_line_issue: {
    en: '“{line}”: {message}',
    es: '“{line}”: {message}',
    note: 'The same in Spanish: {line} is a line the user typed in "Never log", {message} the (translated) reason it was refused.',
  },

  // --- Keep-in-touch cadence
  settings_cadence_legend: { en: 'Keep-in-touch cadence', es: 'Frecuencia de contacto' },
  settings_cadence_hint: {
    en: "Due after the ideal number of days without contact, overdue after the maximum. A client's own cadence wins, then the strictest of their tags, then the default.",
    es: 'Vence tras el número ideal de días sin contacto y queda vencido tras el máximo. Manda la frecuencia propia del cliente; si no tiene, la más estricta de sus etiquetas y, si no, la predeterminada.',
  },
  settings_default_ideal_days: { en: 'Default ideal days', es: 'Días ideales predeterminados' },
  settings_default_max_days: { en: 'Default maximum days', es: 'Días máximos predeterminados' },
  settings_per_tag: { en: 'Per tag', es: 'Por etiqueta' },
  settings_no_tag_cadences: {
    en: 'No tag cadences. Clients tagged e.g. “VIP” can have a shorter one.',
    es: 'No hay frecuencias por etiqueta. Los clientes con una etiqueta como “VIP” pueden tener una más corta.',
  },
  settings_tag_cadences: { en: 'Tag cadences', es: 'Frecuencias por etiqueta' },
  settings_tag_cadence_n: { en: 'Tag cadence {number}', es: 'Frecuencia por etiqueta {number}', note: 'Heading of one row; {number} is its position (1, 2, 3 …).' },
  settings_tag: { en: 'Tag', es: 'Etiqueta' },
  settings_ideal_days: { en: 'Ideal days', es: 'Días ideales' },
  settings_max_days: { en: 'Maximum days', es: 'Días máximos' },
  settings_remove_tag_cadence_n: { en: 'Remove tag cadence {number}', es: 'Quitar la frecuencia por etiqueta {number}' },
  settings_add_tag_cadence: { en: 'Add tag cadence', es: 'Agregar frecuencia por etiqueta' },
  settings_tag_needs_tag: { en: 'A tag cadence needs a tag', es: 'Una frecuencia por etiqueta necesita una etiqueta' },
  settings_tag_repeated: { en: '“{tag}” already has a cadence', es: '“{tag}” ya tiene una frecuencia' },
  settings_tag_cadence_text: {
    en: { one: '{tag}: {ideal} / {n} day', other: '{tag}: {ideal} / {n} days' },
    es: { one: '{tag}: {ideal} / {n} día', other: '{tag}: {ideal} / {n} días' },
    note: 'One tag cadence as text, when two edits conflict: {ideal} ideal and {n} maximum days.',
  },

  // --- Daily reminder
  settings_daily_reminder: { en: 'Daily reminder', es: 'Recordatorio diario' },
  settings_daily_reminder_hint: {
    en: 'One notification a day listing who is due or overdue. Clicking it opens Losing touch.',
    es: 'Una notificación al día con los clientes cuyo contacto vence o está vencido. Al hacer clic se abre Contacto en riesgo.',
  },
  settings_reminder_hour: { en: 'Reminder hour', es: 'Hora del recordatorio' },

  // --- E-mail
  settings_email_legend: { en: 'E-mail', es: 'Correo electrónico' },
  settings_log_sent: { en: 'Log mail I send to clients', es: 'Registrar el correo que envío a los clientes' },
  settings_log_read: { en: 'Log client mail I read', es: 'Registrar el correo de clientes que leo' },
  settings_log_read_hint: { en: 'Logged once per message, dated when it was sent.', es: 'Se registra una vez por mensaje, con la fecha en que se envió.' },
  settings_never_log: { en: 'Never log', es: 'No registrar nunca' },
  settings_never_log_hint: {
    en: 'One address or domain per line (a domain covers its subdomains), e.g. {example}.',
    es: 'Una dirección o dominio por línea (un dominio incluye sus subdominios), p. ej., {example}.',
    note: '{example} is an example domain, shown in bold.',
  },

  // --- The firm
  settings_firm_legend: { en: 'Your firm', es: 'Su despacho' },
  settings_firm_domains: { en: 'Your firm’s domains', es: 'Dominios de su despacho' },
  settings_firm_domains_hint: {
    en: 'One per line. People at these domains are colleagues: never offered as new clients, and shown only as co-counsel on a matter. Public mail services (gmail.com …) are not accepted.',
    es: 'Uno por línea. Las personas de estos dominios son colegas: nunca se proponen como clientes nuevos y en un asunto solo aparecen como coabogados. No se aceptan servicios de correo públicos (gmail.com …).',
  },
  settings_signed_in_as: { en: 'You are signed in as {address}.', es: 'Ha iniciado sesión como {address}.' },
  settings_add_domain: { en: 'Add {domain}', es: 'Agregar {domain}' },

  // --- Awaiting your reply
  settings_awaiting_legend: { en: 'Awaiting your reply', es: 'Esperando su respuesta' },
  settings_awaiting_hint: {
    en: "When a client's message has waited this long for your answer, the sidebar says so.",
    es: 'Cuando el mensaje de un cliente lleva este tiempo esperando su respuesta, la barra lateral lo indica.',
  },
  settings_warn_after: { en: 'Warn after (hours)', es: 'Avisar después de (horas)' },
  settings_urgent_after: { en: 'Urgent after (hours)', es: 'Urgente después de (horas)' },

  // --- Backups
  settings_backups_legend: { en: 'Backups', es: 'Copias de seguridad' },
  settings_backups_hint: {
    en: 'Automatic backups go into a “Rapport backups” folder in your downloads, with no Rapport page open; older ones beyond the number kept are deleted. Options → Data backs up and restores by hand.',
    es: 'Las copias de seguridad automáticas se guardan en una carpeta “Rapport backups” dentro de sus descargas, sin que haga falta tener abierta una página de Rapport; las más antiguas que excedan el número que se conserva se eliminan. En Opciones → Datos puede hacer copias y restaurarlas a mano.',
    note: '“Rapport backups” is the folder name on disk, which is not translated.',
  },
  settings_backup_auto: { en: 'Automatic backups', es: 'Copias de seguridad automáticas' },
  settings_backup_daily: { en: 'Daily', es: 'Diarias', note: 'How often automatic backups are made (feminine plural: copias).' },
  settings_backup_weekly: { en: 'Weekly', es: 'Semanales', note: 'How often automatic backups are made (feminine plural: copias).' },
  settings_backup_keep: { en: 'Automatic backups kept', es: 'Copias automáticas que se conservan' },
  settings_backup_remind: { en: 'Remind to back up after (days)', es: 'Recordar hacer una copia de seguridad después de (días)' },

  // --- Display (components/display)
  settings_display: { en: 'Display', es: 'Presentación', note: 'Heading of the section choosing where Rapport shows and its colours.' },
  settings_show_in: { en: 'Show Rapport in', es: 'Mostrar Rapport en' },
  settings_place_page: { en: 'The page, beside the mail', es: 'La página, junto al correo' },
  settings_place_page_hint: {
    en: 'Gmail and Outlook make room for it at the right; court portals open it when you click a badge.',
    es: 'Gmail y Outlook le hacen sitio a la derecha; en los portales de los tribunales se abre al hacer clic en una insignia.',
  },
  settings_place_panel: { en: 'The browser’s side panel', es: 'El panel lateral del navegador' },
  settings_place_panel_hint: {
    en: 'Outside the page: open it from the toolbar popup, the browser’s side panel menu, or Alt+Shift+S. On a court portal, clicking a client’s badge opens it on that client.',
    es: 'Fuera de la página: ábralo desde la ventana emergente de la barra de herramientas, el menú del panel lateral del navegador o con Alt+Shift+S. En un portal de un tribunal, al hacer clic en la insignia de un cliente se abre con ese cliente.',
  },
  settings_open_panel_now: { en: 'Open the side panel now', es: 'Abrir ahora el panel lateral' },
  settings_no_panel_here: { en: 'This browser cannot open a side panel from here.', es: 'Este navegador no puede abrir un panel lateral desde aquí.' },
  settings_colours: { en: 'Colours', es: 'Colores' },
  settings_theme_system: { en: 'As the system (light or dark)', es: 'Como el sistema (claro u oscuro)' },
  settings_theme_light: { en: 'Light', es: 'Claro' },
  settings_theme_dark: { en: 'Dark', es: 'Oscuro' },
  settings_display_saved: { en: 'Saved', es: 'Guardado' },

  // --- Deadlines (DeadlineSettings.tsx)
  settings_dl_heading: { en: 'Deadlines', es: 'Plazos' },
  settings_dl_section: { en: 'Deadlines settings', es: 'Configuración de plazos' },
  settings_dl_could_not_load: { en: 'Could not load the deadline settings.', es: 'No se pudo cargar la configuración de plazos.' },
  settings_dl_saved: { en: 'Deadline settings saved', es: 'Configuración de plazos guardada' },
  settings_dl_save: { en: 'Save deadline settings', es: 'Guardar configuración de plazos' },
  settings_dl_not_saved_fields: { en: 'Not saved: check the fields marked below.', es: 'No se guardó: revise los campos marcados abajo.' },
  settings_dl_conflict_form: {
    en: '{message} Reload the page to see them; your changes are still in the form.',
    es: '{message} Vuelva a cargar la página para verlos; sus cambios siguen en el formulario.',
    note: '{message} says that someone else changed the deadline settings.',
  },
  settings_dl_conflict_holidays: {
    en: '{message} Reload the page to see them. Nothing was changed.',
    es: '{message} Vuelva a cargar la página para verlos. No se cambió nada.',
    note: '{message} says that someone else changed the deadline settings.',
  },
  settings_dl_refused: { en: '{message} Nothing was changed.', es: '{message} No se cambió nada.', note: '{message} is why the change was refused.' },
  settings_dl_buffer_legend: {
    en: 'Default buffer (days before the due date when it turns “at risk”)',
    es: 'Margen predeterminado (días antes del vencimiento en que pasa a estar “en riesgo”)',
  },
  settings_dl_buffer_court: { en: 'Court deadline buffer', es: 'Margen de los plazos judiciales' },
  settings_dl_buffer_internal: { en: 'Internal deadline buffer', es: 'Margen de los plazos internos' },
  settings_dl_buffer_promise: { en: 'Promise to client buffer', es: 'Margen de los compromisos con el cliente' },
  settings_dl_heads_up: { en: 'Heads-up to the client', es: 'Aviso al cliente' },
  settings_dl_placeholders: {
    en: 'Placeholders: {list}',
    es: 'Marcadores: {list}',
    note: '{list} is the template placeholders, e.g. {client} {title}; they stay in English.',
  },
  settings_dl_subject: { en: 'Subject', es: 'Asunto del mensaje', note: 'The subject line of the e-mail (not a legal matter).' },
  settings_dl_body: { en: 'Message', es: 'Mensaje' },
  settings_dl_apology: { en: 'Apology line', es: 'Frase de disculpa' },
  settings_dl_signature: { en: 'Signature', es: 'Firma' },
  settings_dl_open_in: { en: 'Open the draft in', es: 'Abrir el borrador en' },
  settings_dl_compose_gmail: { en: 'Gmail', es: 'Gmail', note: 'Product name; not translated.' },
  settings_dl_compose_outlook: { en: 'Outlook on the web', es: 'Outlook en la web' },
  settings_dl_compose_mailto: { en: 'Default mail app', es: 'Aplicación de correo predeterminada' },
  settings_dl_compose_copy: { en: 'Copy to the clipboard', es: 'Copiar al portapapeles' },
  settings_dl_holidays_legend: { en: 'Holiday lists (court-day counting)', es: 'Listas de días feriados (para contar días hábiles judiciales)' },
  settings_dl_holidays_hint: {
    en: 'Changes here are saved at once and counted with from then on.',
    es: 'Los cambios aquí se guardan de inmediato y se tienen en cuenta desde ese momento.',
  },

  // --- Portals (Portals.tsx)
  settings_portals_heading: { en: 'Portals', es: 'Portales' },
  settings_portals_hint: {
    en: 'Rapport recognises One Legal, PACER CM/ECF, Tyler eFile / Odyssey and File & ServeXpress by itself. Add another court or firm portal by its address: your browser asks once for permission to read that site, and only that site.',
    es: 'Rapport reconoce por sí mismo One Legal, PACER CM/ECF, Tyler eFile / Odyssey y File & ServeXpress. Agregue otro portal de un tribunal o de un despacho por su dirección: su navegador le pedirá una sola vez permiso para leer ese sitio, y solo ese sitio.',
  },
  settings_portal_address: { en: 'Portal address', es: 'Dirección del portal' },
  settings_portal_address_example: { en: 'https://efile.example-court.gov', es: 'https://efile.example-court.gov', note: 'An example web address; not translated.' },
  settings_portal_is_efiling: { en: 'It is an e-filing portal', es: 'Es un portal de presentación electrónica' },
  settings_portal_is_efiling_hint: {
    en: 'A filing its status column shows as rejected then flags the client. Leave it off for a portal that only lists cases.',
    es: 'Si su columna de estado muestra una presentación como rechazada, se marcará al cliente. Déjelo desactivado en un portal que solo lista casos.',
  },
  settings_portal_add: { en: 'Add portal', es: 'Agregar portal' },
  settings_portal_failed: { en: 'Something went wrong. Nothing was changed.', es: 'Algo salió mal. No se cambió nada.' },
  settings_portal_permission_refused: {
    en: 'Rapport needs your permission to read {origin}. Nothing was added.',
    es: 'Rapport necesita su permiso para leer {origin}. No se agregó nada.',
  },
  settings_portal_added: { en: 'Added {origin}. Open or reload it to see Rapport there.', es: 'Se agregó {origin}. Ábralo o vuelva a cargarlo para ver Rapport allí.' },
  settings_portal_marked: { en: '{origin} is marked as an e-filing portal.', es: '{origin} está marcado como portal de presentación electrónica.' },
  settings_portal_unmarked: { en: '{origin} is no longer marked as an e-filing portal.', es: '{origin} ya no está marcado como portal de presentación electrónica.' },
  settings_portal_removed: { en: 'Removed {origin}; Rapport no longer reads it.', es: 'Se quitó {origin}; Rapport ya no lo lee.' },
  settings_portals_none: { en: 'No portals added.', es: 'No se ha agregado ningún portal.' },
  settings_portals_added_list: { en: 'Added portals', es: 'Portales agregados' },
  settings_portal_withdrawn: {
    en: 'Permission withdrawn in the browser — remove it and add it again.',
    es: 'El permiso se retiró en el navegador: quítelo y vuelva a agregarlo.',
  },
  settings_portal_efiling: { en: 'E-filing portal', es: 'Portal de presentación electrónica' },
  settings_portal_remove: { en: 'Remove', es: 'Quitar' },
  settings_portal_remove_named: { en: 'Remove {origin}', es: 'Quitar {origin}' },
  settings_catalogue_heading: { en: 'Court portals Rapport knows', es: 'Portales de tribunales que Rapport conoce' },
  settings_catalogue_hint: {
    en: 'County and state court portals on their own domains. Enable one and your browser asks once for that site; Rapport then reads it like the portals above.',
    es: 'Portales de tribunales de condado y estatales en sus propios dominios. Active uno y su navegador le pedirá permiso una sola vez para ese sitio; después Rapport lo lee como los portales de arriba.',
  },
  settings_catalogue_enabled: { en: 'Enabled', es: 'Activado' },
  settings_catalogue_enable: { en: 'Enable', es: 'Activar' },
  settings_catalogue_enable_named: { en: 'Enable {name}', es: 'Activar {name}' },
  settings_reads_odyssey_portal: {
    en: 'Case numbers on searches and the register of actions (the "Case Number" field)',
    es: 'Números de caso en las búsquedas y en el registro de actuaciones (el campo "Case Number")',
    note: '"Case Number" is the portal’s own field name, in English on the portal.',
  },
  settings_reads_odyssey_public_access: {
    en: 'Case numbers on the classic Public Access case detail and search results',
    es: 'Números de caso en el detalle de caso y los resultados de búsqueda del Public Access clásico',
    note: 'Public Access is the portal’s name; not translated.',
  },
  settings_reads_efile: {
    en: 'Envelopes with their case numbers and filing status (rejections are flagged)',
    es: 'Sobres con sus números de caso y el estado de la presentación (se marcan los rechazos)',
    note: 'Envelope: one submission on Tyler eFile, holding one or more filings.',
  },
  settings_reads_nyscef: { en: 'Index numbers on case lists and case details', es: 'Números de índice en las listas de casos y en el detalle de cada caso', note: 'New York’s case numbers are called index numbers.' },
  settings_reads_florida_portal: { en: 'Case numbers and filing status on the filer\'s dashboard', es: 'Números de caso y estado de la presentación en el panel de quien presenta' },
  settings_reads_truefiling: { en: 'Case numbers and filing status on the filer\'s dashboard', es: 'Números de caso y estado de la presentación en el panel de quien presenta' },
});
