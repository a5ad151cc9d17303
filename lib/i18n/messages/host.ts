import { defineMessages } from '../define';

/** Texts of the content scripts' own (the sidebar's frame in a page, a portal badge's hint); every key starts with `host_`. */
export const host = defineMessages({
  host_resize: { en: 'Resize Rapport', es: 'Cambiar el ancho de Rapport', note: 'Accessible name of the edge one drags to make the sidebar wider or narrower.' },
  host_open_side_panel: {
    en: 'Rapport shows in the browser’s side panel: open it from the side panel menu or with Alt+Shift+S to see this client.',
    es: 'Rapport se muestra en el panel lateral del navegador: ábralo desde el menú del panel lateral o con Alt+Shift+S para ver a este cliente.',
    note: 'Under a client’s badge on a court portal, when the click could not open the browser’s side panel itself (Settings → Display is set to the side panel). Alt+Shift+S is the keyboard shortcut, as written in Settings.',
  },
});
