import type { ComponentChildren } from 'preact';
import type { ClientView } from '../../lib/messaging/protocol';
import { CADENCE_LABELS } from './labels';
import { Goals } from './Goals';
import { LogForm } from './LogForm';
import { NotesEditor } from './NotesEditor';
import { Recent, When } from './Recent';
import { AwaitingReply } from './AwaitingReply';
import type { WaitLevel } from '../../lib/model/awaiting';
import { displayName } from '../../lib/model/display-name';
import { Section, type Ops } from './ui';

/** Everything about one client that a lawyer wants in view before replying. */
export function ClientCard({ view, ops, waiting, extra }: { view: ClientView; ops: Ops; waiting?: { since: number; level: WaitLevel }; extra?: ComponentChildren }) {
  const c = view.client;
  const name = displayName(c);
  const now = ops.now();
  const status = view.cadence?.status ?? 'never';
  return (
    <article class="rp-card">
      <header class="rp-who">
        <h2 class="rp-name">{name}</h2>
        {name !== c.name && <div class="rp-full">{c.name}</div>}
        {c.organisation && <div class="rp-org">{c.organisation}</div>}
      </header>
      {view.matchedOn?.length > 0 && <p class="rp-muted">Matched on: {view.matchedOn.join(', ')}</p>}
      <p class="rp-row rp-contact">
        <span>
          Last contact: {view.lastContact === undefined ? 'never' : <When at={view.lastContact} now={now} />}
        </span>
        <span class={`rp-pill rp-${status}`}>{CADENCE_LABELS[status]}</span>
      </p>
      {waiting && <AwaitingReply since={waiting.since} now={now} level={waiting.level} />}
      {/* Site-specific blocks, e.g. rejected filings to tell the client about. */}
      {extra}
      <NotesEditor view={view} ops={ops} />
      <Goals view={view} ops={ops} />
      <Section title="Interactions">
        <LogForm clientId={c.id} ops={ops} />
        <Recent items={view.recent ?? []} now={now} />
      </Section>
    </article>
  );
}
