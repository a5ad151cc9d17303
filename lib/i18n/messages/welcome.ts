import { defineMessages } from '../define';

/** Texts of the welcome area (the first-run setup wizard); every key starts with `welcome_`. */
export const welcome = defineMessages({
  // The page and its intro
  welcome_title: { en: 'Welcome to Rapport', es: 'Le damos la bienvenida a Rapport', note: 'The page heading.' },
  welcome_lead: {
    en: 'Rapport keeps what you know about each client — family, goals, the outcomes they would accept, when you last spoke — and shows it beside their e-mail and their court filings.',
    es: 'Rapport guarda lo que usted sabe de cada cliente (su familia, sus objetivos, los resultados que aceptaría, cuándo hablaron por última vez) y lo muestra junto a su correo electrónico y sus presentaciones ante el tribunal.',
  },
  welcome_promise_title: { en: 'Nothing leaves this computer.', es: 'Nada sale de este equipo.', note: 'Shown in bold, followed by welcome_promise_body.' },
  welcome_promise_body: {
    en: 'Your clients live in this browser’s own storage; Rapport has no server, no account and no analytics. The pages you visit cannot read what it shows.',
    es: 'Sus clientes se guardan en el almacenamiento propio de este navegador; Rapport no tiene servidor, ni cuentas, ni analíticas. Las páginas que usted visita no pueden leer lo que muestra.',
  },
  welcome_privacy_link: { en: 'Privacy policy', es: 'Política de privacidad', note: 'A link after welcome_promise_body.' },
  welcome_intro_steps: {
    en: 'Six short steps; skip any of them, and come back from Options whenever you like.',
    es: 'Seis pasos breves; puede omitir cualquiera de ellos y volver desde Opciones cuando quiera.',
  },
  welcome_steps_nav: { en: 'Setup steps', es: 'Pasos de configuración', note: 'Accessible name of the list of steps at the top.' },
  welcome_nav_clients: { en: 'Your clients', es: 'Sus clientes', note: 'Short name of step 1 in the list of steps.' },
  welcome_nav_mail: { en: 'Mail', es: 'Correo', note: 'Short name of step 2 in the list of steps.' },
  welcome_nav_portals: { en: 'Court portals', es: 'Portales judiciales', note: 'Short name of step 3 in the list of steps.' },
  welcome_nav_touch: { en: 'Keeping in touch', es: 'Mantener el contacto', note: 'Short name of step 4 in the list of steps.' },
  welcome_nav_firm: { en: 'Your firm', es: 'Su despacho', note: 'Short name of step 5 in the list of steps.' },
  welcome_nav_display: { en: 'Sidebar', es: 'Barra lateral', note: 'Short name of step 6 in the list of steps.' },
  welcome_nav_done: { en: 'Done', es: 'Listo', note: 'Last entry of the list of steps: the summary.' },

  // Every step's frame
  welcome_step_count: { en: 'Step {n} of {total}', es: 'Paso {n} de {total}' },
  welcome_back: { en: 'Back', es: 'Atrás' },
  welcome_skip: { en: 'Skip', es: 'Omitir', note: 'Goes to the next step without saving anything.' },
  welcome_next: { en: 'Next', es: 'Siguiente' },
  welcome_save_continue: { en: 'Save and continue', es: 'Guardar y continuar' },
  welcome_error_unknown: { en: 'Something went wrong. Nothing was changed.', es: 'Algo salió mal. No se cambió nada.' },
  welcome_error_not_saved: { en: 'Could not save. Nothing was changed.', es: 'No se pudo guardar. No se cambió nada.' },

  // Step 1: clients
  welcome_clients_title: { en: 'Bring in your clients', es: 'Traiga a sus clientes' },
  welcome_clients_body: {
    en: 'Import contacts from Google, Outlook or Clio (CSV), any other CSV or a vCard file — you see a preview before anything is saved — or add a client by hand. Options opens in a new tab; this page stays here.',
    es: 'Importe contactos de Google, Outlook o Clio (CSV), de cualquier otro CSV o de un archivo vCard (verá una vista previa antes de que se guarde nada), o agregue un cliente a mano. Opciones se abre en una pestaña nueva; esta página se queda aquí.',
  },
  welcome_import_contacts: { en: 'Import contacts', es: 'Importar contactos' },
  welcome_add_client: { en: 'Add a client', es: 'Agregar un cliente' },
  welcome_clients_none: { en: 'Rapport holds no clients yet.', es: 'Rapport aún no tiene clientes.' },
  welcome_clients_held: {
    en: { one: 'Rapport holds {n} client now.', other: 'Rapport holds {n} clients now.' },
    es: { one: 'Rapport tiene ahora {n} cliente.', other: 'Rapport tiene ahora {n} clientes.' },
  },
  welcome_backup_hint: {
    en: 'Rapport reminds you to back up once your last backup is a month old; Options → Data saves one file with everything (Back up now).',
    es: 'Rapport le recuerda hacer una copia de seguridad cuando la última tiene un mes; Opciones → Datos guarda un solo archivo con todo (Hacer copia de seguridad ahora).',
    note: '"Options → Data" and "Back up now" name the options page, its Data tab and its button: use their translations.',
  },

  // Step 2: mail hosts
  welcome_mail_title: { en: 'Where Rapport works', es: 'Dónde funciona Rapport' },
  welcome_mail_intro: { en: 'Open a client’s e-mail in:', es: 'Abra el correo electrónico de un cliente en:', note: 'Followed by a list of mail services (Gmail, Outlook on the web).' },
  welcome_mail_outlook: { en: 'Outlook on the web', es: 'Outlook en la web', note: 'Microsoft’s own name for its web mail; use the name Microsoft uses in Spanish.' },
  welcome_mail_body: {
    en: 'Rapport shows who the conversation is with, beside the mail, and logs the mail you read from and send to clients (you can turn that off in Settings). Reload any of these that was already open before you installed Rapport.',
    es: 'Rapport muestra con quién es la conversación, junto al correo, y registra los correos que usted lee de sus clientes y les envía (puede desactivarlo en Configuración). Vuelva a cargar cualquiera de estas páginas que ya estuviera abierta antes de instalar Rapport.',
  },

  // Step 3: portals
  welcome_portals_title: { en: 'Your e-filing portals', es: 'Sus portales de presentación electrónica' },
  welcome_portals_body: {
    en: 'PACER CM/ECF, Tyler eFile and Odyssey, One Legal and File & ServeXpress are recognised already: a badge appears beside each case number that is a client’s. Tick the county and state court portals you use as well; your browser then asks once for permission to read those sites, and only those.',
    es: 'PACER CM/ECF, Tyler eFile y Odyssey, One Legal y File & ServeXpress ya se reconocen: aparece una insignia junto a cada número de caso que sea de un cliente. Marque además los portales de los tribunales del condado y del estado que usted usa; su navegador le pedirá permiso una sola vez para leer esos sitios, y solo esos.',
    note: 'PACER CM/ECF, Tyler eFile, Odyssey, One Legal and File & ServeXpress are product names: not translated.',
  },
  welcome_portal_enabled: {
    en: '{host} · already enabled (Options → Settings → Portals removes it)',
    es: '{host} · ya activado (se quita en Opciones → Configuración → Portales)',
    note: '{host} is the portal’s address, e.g. portal.sbcourts.org.',
  },
  welcome_portals_unreadable: {
    en: 'Your portals could not be read, so none can be added now. Skip this step, or reload the page.',
    es: 'No se pudieron leer sus portales, así que ahora no se puede agregar ninguno. Omita este paso o vuelva a cargar la página.',
  },
  welcome_portals_refused: {
    en: 'Rapport needs your permission to read {sites}. Nothing was added.',
    es: 'Rapport necesita su permiso para leer {sites}. No se agregó nada.',
    note: '{sites} is a list of addresses, e.g. "a.gov and b.gov".',
  },
  welcome_portals_failed: {
    en: '{error} Nothing was added.',
    es: '{error} No se agregó nada.',
    note: '{error} is a sentence saying what went wrong.',
  },
  welcome_portal_unknown: {
    en: '{host} is not one of the court portals Rapport knows.',
    es: '{host} no es uno de los portales judiciales que Rapport conoce.',
  },
  welcome_portal_refused: {
    en: '{portal}: {error}',
    es: '{portal}: {error}',
    note: 'Not translated: only punctuation. {portal} is a portal’s name, {error} why it cannot be added.',
  },

  // Steps 4 and 5: settings
  welcome_settings_unreadable: {
    en: 'Your settings could not be read, so nothing can be saved now. Skip this step, or reload the page.',
    es: 'No se pudo leer su configuración, así que ahora no se puede guardar nada. Omita este paso o vuelva a cargar la página.',
  },
  welcome_touch_title: { en: 'Keeping in touch', es: 'Mantener el contacto' },
  welcome_touch_body: {
    en: 'A client is due for a check-in after the ideal number of days without contact, and overdue after the maximum. These are the defaults; tags and each client can have their own (Options).',
    es: 'Le toca comunicarse con un cliente cuando pasa el número ideal de días sin contacto, y está vencido cuando pasa el máximo. Estos son los valores predeterminados; las etiquetas y cada cliente pueden tener los suyos (Opciones).',
  },
  welcome_default_cadence: { en: 'Default cadence', es: 'Frecuencia de contacto predeterminada' },
  welcome_ideal_days: { en: 'Default ideal days', es: 'Días ideales predeterminados' },
  welcome_max_days: { en: 'Default maximum days', es: 'Días máximos predeterminados' },
  welcome_daily_reminder: { en: 'Daily reminder', es: 'Recordatorio diario' },
  welcome_daily_reminder_hint: {
    en: 'One notification a day listing who is due or overdue.',
    es: 'Una notificación al día con los clientes a los que les toca el contacto o que están vencidos.',
  },
  welcome_reminder_hour: { en: 'Reminder hour', es: 'Hora del recordatorio' },
  welcome_firm_title: { en: 'Your firm', es: 'Su despacho' },
  welcome_firm_body: {
    en: 'Mail from your colleagues is not from a client. Name your firm’s mail domains and Rapport never offers a colleague as a new client. When Rapport has seen the address you are signed in with, it suggests its domain; nothing is added until you save.',
    es: 'El correo de sus colegas no es de un cliente. Indique los dominios de correo de su despacho y Rapport nunca le ofrecerá a un colega como cliente nuevo. Cuando Rapport ha visto la dirección con la que usted inició sesión, le sugiere su dominio; no se agrega nada hasta que usted guarde.',
  },

  // Step 6: display
  welcome_display_title: { en: 'Where the sidebar shows', es: 'Dónde se muestra la barra lateral' },
  welcome_display_body: {
    en: 'Rapport’s sidebar can sit in the mail page itself, or in the browser’s own side panel. You can change this later in Options → Settings → Display.',
    es: 'La barra lateral de Rapport puede estar en la propia página del correo o en el panel lateral del navegador. Puede cambiarlo más adelante en Opciones → Configuración → Visualización.',
    note: '"Options → Settings → Display" names the options page and its sections: use their translations.',
  },
  welcome_show_in: { en: 'Show Rapport in', es: 'Mostrar Rapport en', note: 'Heading of a choice: the page, or the browser’s side panel.' },
  welcome_colours: { en: 'Colours', es: 'Colores', note: 'Heading of a choice: light, dark, or as the system.' },

  // The summary
  welcome_done_title: { en: 'You’re set', es: 'Todo listo' },
  welcome_done_body: {
    en: 'This is how Rapport is set up now. Everything here can be changed in Options.',
    es: 'Así está configurado Rapport ahora. Todo esto se puede cambiar en Opciones.',
  },
  welcome_go_clients: { en: 'Go to my clients', es: 'Ir a mis clientes' },
  welcome_open_settings: { en: 'Open Settings', es: 'Abrir Configuración' },
  welcome_outcome_saved: { en: 'Set just now', es: 'Configurado ahora', note: 'What this visit to the wizard did to a setting.' },
  welcome_outcome_unchanged: { en: 'Kept as it was', es: 'Se dejó como estaba', note: 'What this visit to the wizard did to a setting.' },
  welcome_outcome_skipped: { en: 'Skipped: left as it was', es: 'Omitido: se dejó como estaba', note: 'What this visit to the wizard did to a setting.' },
  welcome_summary_clients: { en: 'Clients', es: 'Clientes' },
  welcome_summary_no_clients: { en: 'No clients yet', es: 'Aún no hay clientes' },
  welcome_summary_client_count: {
    en: { one: '{n} client', other: '{n} clients' },
    es: { one: '{n} cliente', other: '{n} clientes' },
  },
  welcome_summary_portals: { en: 'Court portals you added', es: 'Portales judiciales que agregó' },
  welcome_summary_no_portals: { en: 'None added', es: 'No agregó ninguno' },
  welcome_summary_portal: {
    en: '{name} ({host})',
    es: '{name} ({host})',
    note: 'Not translated: only punctuation. A portal’s name and its address.',
  },
  welcome_summary_touch: { en: 'Keeping in touch', es: 'Mantener el contacto' },
  welcome_summary_touch_reminder: {
    en: {
      one: 'Due after {n} day without contact, overdue after {max}; daily reminder at {hour}',
      other: 'Due after {n} days without contact, overdue after {max}; daily reminder at {hour}',
    },
    es: {
      one: 'Le toca el contacto tras {n} día sin contacto, vencido tras {max}; recordatorio diario a las {hour}',
      other: 'Le toca el contacto tras {n} días sin contacto, vencido tras {max}; recordatorio diario a las {hour}',
    },
    note: '{n} is the ideal number of days, {max} the maximum, {hour} a time of day such as 07:00.',
  },
  welcome_summary_touch_no_reminder: {
    en: {
      one: 'Due after {n} day without contact, overdue after {max}; no daily reminder',
      other: 'Due after {n} days without contact, overdue after {max}; no daily reminder',
    },
    es: {
      one: 'Le toca el contacto tras {n} día sin contacto, vencido tras {max}; sin recordatorio diario',
      other: 'Le toca el contacto tras {n} días sin contacto, vencido tras {max}; sin recordatorio diario',
    },
    note: '{n} is the ideal number of days, {max} the maximum.',
  },
  welcome_summary_firm: { en: 'Your firm’s domains', es: 'Dominios de su despacho' },
  welcome_summary_no_domains: { en: 'None', es: 'Ninguno', note: 'No firm domains.' },
  welcome_summary_place: { en: 'Rapport shows in', es: 'Rapport se muestra en', note: 'Followed by: the page, or the browser’s side panel.' },
  welcome_summary_theme: { en: 'Colours', es: 'Colores' },
});
