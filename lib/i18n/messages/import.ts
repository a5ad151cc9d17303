import { defineMessages } from '../define';

/** Texts of the contact importers (lib/import); every key starts with `import_`. */
export const importMessages = defineMessages({
  // Whole-file problems
  import_file_empty: { en: 'The file is empty.', es: 'El archivo está vacío.' },
  import_not_text: {
    en: 'This is not a text file (it contains binary data). Export the contacts as CSV and try again.',
    es: 'Este no es un archivo de texto (contiene datos binarios). Exporte los contactos como CSV e inténtelo de nuevo.',
  },
  import_quote_never_closed: {
    en: 'A quoted value that starts on line {line} is never closed, so the rest of the file cannot be read. Check the quotes on that line.',
    es: 'Un valor entre comillas que empieza en la línea {line} nunca se cierra, así que no se puede leer el resto del archivo. Revise las comillas de esa línea.',
  },
  import_header_empty: { en: 'The first line should name the columns, but it is empty.', es: 'La primera línea debería nombrar las columnas, pero está vacía.' },
  import_too_many_cards: {
    en: 'The file has {count} cards; import at most {max} at a time.',
    es: 'El archivo tiene {count} tarjetas; importe como máximo {max} a la vez.',
    note: '{count} and {max} are numbers; {max} is at least 50,000, so the plural is always used.',
  },
  import_too_many_rows: {
    en: 'The file has {count} rows; import at most {max} at a time.',
    es: 'El archivo tiene {count} filas; importe como máximo {max} a la vez.',
    note: '{count} and {max} are numbers; {max} is at least 50,000, so the plural is always used.',
  },
  import_no_cards: {
    en: 'No contact cards found: a vCard file has BEGIN:VCARD lines. Is this the right file?',
    es: 'No se encontraron tarjetas de contacto: un archivo vCard tiene líneas BEGIN:VCARD. ¿Es el archivo correcto?',
    note: 'BEGIN:VCARD is literal file content: keep it.',
  },

  // One row or card
  import_bad_quote: {
    en: 'A quote in this row is not where CSV allows one (a value with quotes must be wrapped in quotes, and its quotes doubled).',
    es: 'Hay unas comillas en esta fila donde CSV no las permite (un valor con comillas debe ir entre comillas y con sus comillas duplicadas).',
  },
  import_too_many_values: {
    en: 'This row has {count} values but the header has {headers}; a value with a comma may be missing its quotes.',
    es: 'Esta fila tiene {count} valores, pero el encabezado tiene {headers}; puede que a un valor con una coma le falten las comillas.',
    note: '{count} and {headers} are numbers (the header always has fewer than the row, and the row at least 2).',
  },
  import_not_email_in_column: {
    en: '“{value}” in column “{column}” is not an e-mail address.',
    es: '“{value}” en la columna “{column}” no es una dirección de correo electrónico.',
    note: '{value} is what the file holds; {column} is the column header in the file.',
  },
  import_not_email_vcard: {
    en: '“{value}” (EMAIL) is not an e-mail address.',
    es: '“{value}” (EMAIL) no es una dirección de correo electrónico.',
    note: 'EMAIL is the vCard property name: keep it.',
  },
  import_row_no_name: { en: 'No name, organisation or e-mail address in this row.', es: 'Esta fila no tiene nombre, organización ni dirección de correo electrónico.' },
  import_card_no_name: {
    en: 'This card has no name (FN or N), organisation or e-mail address.',
    es: 'Esta tarjeta no tiene nombre (FN o N), organización ni dirección de correo electrónico.',
    note: 'FN and N are vCard property names: keep them.',
  },
  import_bad_goal_status: {
    en: 'Goal status “{value}” is not one of open, met, revised, dropped.',
    es: 'El estado del objetivo “{value}” no es uno de open, met, revised, dropped.',
    note: 'open, met, revised, dropped are the values the file must hold: keep them in English.',
  },
  import_cadence_needs_both: {
    en: 'A keep-in-touch cadence needs both the ideal and the maximum days.',
    es: 'Una frecuencia de contacto necesita tanto los días ideales como los días máximos.',
  },
  import_cadence_whole_numbers: {
    en: 'Keep-in-touch days must be whole numbers (found “{ideal}” and “{max}”).',
    es: 'Los días de la frecuencia de contacto deben ser números enteros (se encontró “{ideal}” y “{max}”).',
  },
  import_vcard_version: {
    en: 'vCard version {version} is not supported; export the contacts as vCard 3.0 or 4.0.',
    es: 'La versión {version} de vCard no es compatible; exporte los contactos como vCard 3.0 o 4.0.',
  },
  import_card_unreadable: {
    en: 'This card cannot be read ({why}).',
    es: 'No se puede leer esta tarjeta ({why}).',
    note: '{why} is the vCard parser’s own explanation, in English.',
  },
  import_job_title: {
    en: 'Job title: {title}',
    es: 'Cargo: {title}',
    note: 'Written into the client’s Background when a card has a job title.',
  },

  // The mapping step
  import_need_identifying_column: {
    en: 'Choose at least one column for the name, organisation or e-mail address.',
    es: 'Elija al menos una columna para el nombre, la organización o la dirección de correo electrónico.',
  },
  import_need_both_day_columns: {
    en: 'Keep-in-touch days need both the ideal and the maximum column.',
    es: 'Los días de la frecuencia de contacto necesitan tanto la columna de días ideales como la de días máximos.',
  },
  import_target_ignore: { en: 'Do not import', es: 'No importar' },
  import_target_name: { en: 'Full name', es: 'Nombre completo' },
  import_target_first_name: { en: 'First name', es: 'Nombre' },
  import_target_middle_name: { en: 'Middle name', es: 'Segundo nombre' },
  import_target_last_name: { en: 'Last name', es: 'Apellido' },
  import_target_name_suffix: { en: 'Name suffix (Jr., III)', es: 'Sufijo del nombre (Jr., III)' },
  import_target_preferred_name: { en: 'Preferred name / nickname', es: 'Nombre preferido / apodo' },
  import_target_organisation: { en: 'Organisation', es: 'Organización' },
  import_target_job_title: { en: 'Job title (added to Background)', es: 'Cargo (se agrega a Antecedentes)' },
  import_target_email: { en: 'E-mail address', es: 'Dirección de correo electrónico' },
  import_target_phone: { en: 'Phone', es: 'Teléfono' },
  import_target_domain: { en: 'Opt-in domain', es: 'Dominio incluido' },
  import_target_tags: { en: 'Tags / labels', es: 'Etiquetas' },
  import_target_notes: { en: 'Notes', es: 'Notas' },
  import_target_family: { en: 'Family', es: 'Familia' },
  import_target_interests: { en: 'Interests', es: 'Intereses' },
  import_target_background: { en: 'Background', es: 'Antecedentes' },
  import_target_how_we_met: { en: 'How we met', es: 'Cómo nos conocimos' },
  import_target_case_number: { en: 'Case number', es: 'Número de caso' },
  import_target_case_name: { en: 'Case name', es: 'Nombre del caso' },
  import_target_court: { en: 'Court', es: 'Tribunal' },
  import_target_matter_code: { en: 'Matter / billing code', es: 'Código de asunto / facturación' },
  import_target_goal: { en: 'Goal', es: 'Objetivo' },
  import_target_goal_outcome: { en: 'Goal: acceptable outcome', es: 'Objetivo: resultado aceptable' },
  import_target_goal_status: { en: 'Goal: status', es: 'Objetivo: estado' },
  import_target_ideal_days: { en: 'Keep in touch: ideal days', es: 'Mantener el contacto: días ideales' },
  import_target_max_days: { en: 'Keep in touch: maximum days', es: 'Mantener el contacto: días máximos' },

  import_format_rapport: { en: 'Rapport client export', es: 'Exportación de clientes de Rapport' },
  import_format_google: { en: 'Google Contacts (Google CSV)', es: 'Contactos de Google (CSV de Google)' },
  import_format_google_legacy: { en: 'Google Contacts (older Google CSV)', es: 'Contactos de Google (CSV de Google antiguo)' },
  import_format_outlook: { en: 'Outlook / Microsoft 365 contacts', es: 'Contactos de Outlook / Microsoft 365' },
  import_format_outlook_desktop: { en: 'Outlook desktop contacts', es: 'Contactos de Outlook de escritorio' },
  import_format_clio: { en: 'Clio Manage contacts', es: 'Contactos de Clio Manage' },
  import_format_generic: { en: 'a spreadsheet (CSV)', es: 'una hoja de cálculo (CSV)' },
});
