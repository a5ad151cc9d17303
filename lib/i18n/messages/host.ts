import { defineMessages } from '../define';

/** Texts of the frame that holds the sidebar in a mail page (content-script code); every key starts with `host_`. */
export const host = defineMessages({
  host_resize: { en: 'Resize Rapport', es: 'Cambiar el ancho de Rapport', note: 'Accessible name of the edge one drags to make the sidebar wider or narrower.' },
});
