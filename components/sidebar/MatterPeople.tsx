// The people on screen who sit on a client's matter (opposing counsel,
// co-counsel …): one MatterPersonCard each, after the clients' cards. They
// are never offered as new clients; a call with them is logged against the
// matter, so it is in the matter's history but not the client's last contact.
import { useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { MatterPersonView } from '../../lib/messaging/protocol';
import type { InteractionKind } from '../../lib/model/interaction';
import { MATTER_ROLE_LABELS } from '../../lib/model/matter-roles';
import { MatterPersonCard } from '../people/MatterPersonCard';
import '../people/people.css';
import { KIND_LABELS } from './labels';
import { Recent } from './Recent';
import { Choice, Field, Form } from './ui';

const KINDS: [InteractionKind, string][] = (['call', 'meeting', 'email-in', 'email-out', 'note'] as const).map((k) => [k, KIND_LABELS[k]]);

function dueText(d: MatterPersonView['deadlines'][number]): string {
  const left = d.status.daysLeft;
  const when = left === 0 ? 'today' : left === 1 ? 'tomorrow' : left < 0 ? `${-left} days ago` : `in ${left} days`;
  return `${d.dueDate}${d.dueTime ? ` ${d.dueTime}` : ''} (${when})`;
}

function LogAboutMatter({ view, send, now, onLogged }: { view: MatterPersonView; send: typeof realSend; now: () => number; onLogged: (what: string) => void }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InteractionKind>('call');
  const [summary, setSummary] = useState('');
  const who = view.person.name || view.person.organisation || MATTER_ROLE_LABELS[view.person.role];
  if (!open)
    return (
      <button type="button" class="rp-btn rp-link" onClick={() => setOpen(true)}>
        Log with {who}
      </button>
    );
  return (
    <Form
      class="rp-log"
      submit="Log on the matter"
      onCancel={() => setOpen(false)}
      onSubmit={async () => {
        await send('logInteraction', {
          interaction: {
            clientId: view.client.id,
            kind,
            at: now(),
            summary: summary.trim() || `${KIND_LABELS[kind]} with ${MATTER_ROLE_LABELS[view.person.role].toLowerCase()} ${who}`,
            matterId: view.matter.id,
            aboutPerson: view.person.id,
            source: 'sidebar',
          },
        });
        setSummary('');
        setOpen(false);
        onLogged(`Logged on ${view.matter.label}: ${KIND_LABELS[kind]}`);
      }}
    >
      <Choice label="Kind" value={kind} options={KINDS} onValue={setKind} />
      <Field label="Summary" value={summary} maxLength={2000} onValue={setSummary} />
    </Form>
  );
}

export function MatterPeople(props: {
  people: readonly MatterPersonView[];
  send: typeof realSend;
  now: () => number;
  onLogged: (what: string) => void;
}) {
  const now = props.now();
  return (
    <div class="rp-matter-people">
      {props.people.map((v) => (
        <MatterPersonCard
          key={v.key}
          person={v.person}
          matter={v.matter}
          client={{ name: v.client.name }}
          colleague={v.colleague}
          via={v.via}
          seen={v.seen.email ? { email: v.seen.email, ...(v.seen.name ? { name: v.seen.name } : {}) } : undefined}
          deadlines={
            v.deadlines.length ? (
              <ul class="rp-list">
                {v.deadlines.map((d) => (
                  <li key={d.id}>
                    <strong>{d.title}</strong> <span class="rp-muted">{dueText(d)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="rp-muted">No open deadlines on this matter.</p>
            )
          }
          goals={
            v.goals.length ? (
              <ul class="rp-list">
                {v.goals.map((g) => (
                  <li key={g.id}>
                    {g.text}
                    {g.acceptableOutcome && <span class="rp-muted"> — {g.acceptableOutcome}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="rp-muted">No open goals.</p>
            )
          }
          recent={<Recent items={v.recent} now={now} />}
          actions={v.colleague ? undefined : <LogAboutMatter view={v} send={props.send} now={props.now} onLogged={props.onLogged} />}
        />
      ))}
    </div>
  );
}
