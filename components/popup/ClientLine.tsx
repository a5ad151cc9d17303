import { lastContactText, shownName, STATUS_LABELS, type ClientBrief } from './format';

/** Name, organisation, last contact and cadence status: one client at a glance. */
export function ClientLine({ client, now }: { client: ClientBrief; now: number }) {
  const name = shownName(client);
  const status = client.cadence.status;
  return (
    <span class="client-line">
      <span class="client-name">
        {name}
        {name !== client.name && <span class="client-full"> {client.name}</span>}
      </span>
      {client.organisation && <span class="client-org">{client.organisation}</span>}
      <span class="client-meta">
        <span class="client-last">{lastContactText(client, now)}</span>
        <span class={`pill pill-${status}`}>{STATUS_LABELS[status]}</span>
      </span>
    </span>
  );
}
