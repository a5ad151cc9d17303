import { defineMessages } from '../define';

/** Texts every page shares, and the store / manifest texts. */
export const common = defineMessages({
  ext_name: { en: 'Rapport', es: 'Rapport', note: 'The product name; not translated.' },
  ext_description: {
    en: 'Client context for lawyers in Gmail, Outlook and court e-filing portals. All data stays on this machine.',
    es: 'El contexto de cada cliente para abogados en Gmail, Outlook y los portales de presentación electrónica de los tribunales. Todos los datos se quedan en este equipo.',
  },
  common_locale: { en: 'en', es: 'es', note: 'The BCP 47 language of this translation: dates and numbers are formatted in it.' },
  common_save: { en: 'Save', es: 'Guardar' },
  common_cancel: { en: 'Cancel', es: 'Cancelar' },
  common_close: { en: 'Close', es: 'Cerrar' },
  common_delete: { en: 'Delete', es: 'Eliminar' },
  common_edit: { en: 'Edit', es: 'Editar' },
  common_saving: { en: 'Saving…', es: 'Guardando…' },
  common_loading: { en: 'Loading…', es: 'Cargando…' },
});
