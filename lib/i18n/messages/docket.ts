import { defineMessages } from '../define';

/** Texts of the docket area (a court docket seen in the sidebar: its case, its people); every key starts with `docket_`. */
export const docket = defineMessages({
  // A docket nobody holds
  docket_case_not_client: { en: 'This case is not a client’s yet', es: 'Este caso aún no es de ningún cliente', note: 'Heading of the sidebar section shown on a docket no client has.' },
  docket_add_as_client: { en: 'Add as client', es: 'Agregar como cliente' },
  docket_add_to_existing: { en: 'Add to an existing client’s matters', es: 'Agregar a los asuntos de un cliente existente' },
  docket_add_client: { en: 'Add client', es: 'Agregar cliente', note: 'The button that saves the new client.' },
  docket_client_name: { en: 'Client name', es: 'Nombre del cliente' },
  docket_enter_name: { en: 'Enter the client’s name', es: 'Escriba el nombre del cliente' },
  docket_matter: { en: 'Matter: {matter}', es: 'Asunto: {matter}', note: '{matter} is the case number, case name and court, e.g. "3:24-cv-01234 · Ruiz v. Harbor · N.D. Cal."' },
  docket_find_client: { en: 'Find a client', es: 'Buscar un cliente' },
  docket_search: { en: 'Search', es: 'Buscar' },
  docket_no_match: { en: 'No client matches.', es: 'Ningún cliente coincide.' },
  docket_add_case_to: { en: 'Add this case to {name}', es: 'Agregar este caso a {name}', note: '{name} is a client.' },
  docket_case_added: { en: 'Case added to {name}’s matters', es: 'Caso agregado a los asuntos de {name}', note: '{name} is a client.' },

  // The people on a client's docket
  docket_add_people: { en: 'Add the people on this docket to the matter', es: 'Agregar al asunto las personas de este expediente' },
  docket_people_added: {
    en: { one: '{n} person added to the matter', other: '{n} people added to the matter' },
    es: { one: '{n} persona agregada al asunto', other: '{n} personas agregadas al asunto' },
  },
  docket_no_parties: { en: 'This page lists no parties.', es: 'Esta página no muestra ninguna parte.', note: '"parties" as in the parties to a lawsuit.' },
  docket_which_party: { en: 'Which party is your client?', es: '¿Qué parte es su cliente?' },
  docket_tick_party: {
    en: "Tick your client's party: the roles below follow from the side it is on.",
    es: 'Marque la parte de su cliente: los roles de abajo dependen del lado en que esté.',
  },
  docket_people_list: { en: 'People on this docket', es: 'Personas de este expediente', note: 'Accessible name of the list of people.' },
  docket_add_count: {
    en: { one: 'Add {n} person to the matter', other: 'Add {n} people to the matter' },
    es: { one: 'Agregar {n} persona al asunto', other: 'Agregar {n} personas al asunto' },
  },
  docket_role_for: { en: 'Role for {name}', es: 'Rol de {name}', note: 'Label of the menu choosing a person’s role; {name} is the person.' },
  docket_why_colleague: { en: 'Colleague at your firm', es: 'Colega de su despacho' },
  docket_why_terminated: { en: 'Terminated on the docket', es: 'Dado de baja en el expediente', note: 'The docket marks this party or attorney as terminated.' },
  docket_why_on_matter: { en: 'Already on this matter', es: 'Ya está en este asunto' },
});
