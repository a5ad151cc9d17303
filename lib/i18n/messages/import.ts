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
});
