import type { ComponentChildren } from 'preact';
import type { ClientView } from '../../lib/messaging/protocol';
import { cadenceLabel } from './labels';
import { Goals } from './Goals';
import { LogForm } from './LogForm';
import { NotesEditor } from './NotesEditor';
import { Recent, When } from './Recent';
import { AwaitingReply } from './AwaitingReply';
import type { WaitLevel } from '../../lib/model/awaiting';
import { displayName } from '../../lib/model/display-name';
import { Section, type Ops } from './ui';
import { withElement } from './with-element';
import { t } from '../../lib/i18n/t';
import { formatList } from '../../lib/i18n/format';

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
      {view.matchedOn?.length > 0 && <p class="rp-muted">{t('sidebar_matched_on', { what: formatList(view.matchedOn) })}</p>}
      <p class="rp-row rp-contact">
        <span>
          {view.lastContact === undefined
            ? t('sidebar_last_contact_never')
            : withElement((when) => t('sidebar_last_contact', { when }), <When at={view.lastContact} now={now} />)}
        </span>
        <span class={`rp-pill rp-${status}`}>{cadenceLabel(status)}</span>
      </p>
      {waiting && <AwaitingReply since={waiting.since} now={now} level={waiting.level} />}
      {/* Site-specific blocks, e.g. rejected filings to tell the client about. */}
      {extra}
      <NotesEditor view={view} ops={ops} />
      <Goals view={view} ops={ops} />
      <Section title={t('sidebar_interactions')}>
        <LogForm clientId={c.id} ops={ops} />
        <Recent items={view.recent ?? []} now={now} />
      </Section>
    </article>
  );
}
