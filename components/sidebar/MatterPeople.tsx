// The people on screen who sit on a client's matter (opposing counsel,
// co-counsel …): one MatterPersonCard each, after the clients' cards. They
// are never offered as new clients; a call with them is logged against the
// matter, so it is in the matter's history but not the client's last contact.
import { useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { MatterPersonView } from '../../lib/messaging/protocol';
import type { InteractionKind } from '../../lib/model/interaction';
import { roleLabel } from '../../lib/model/matter-roles';
import { t, uiLanguage } from '../../lib/i18n/t';
import { formatRelative } from '../../lib/i18n/format';
import { showDue } from '../deadlines/format';
import { MatterPersonCard } from '../people/MatterPersonCard';
import '../people/people.css';
import { KIND_LABELS } from './labels';
import { Recent } from './Recent';
import { Choice, Field, Form } from './ui';

/** Read when the form is drawn, so the labels are in the browser's language. */
const kinds = () => (['call', 'meeting', 'email-in', 'email-out', 'note'] as const).map((k): [InteractionKind, string] => [k, KIND_LABELS[k]]);

/** "Fri, Mar 27, 2026 (in 3 days)": the due day as the deadlines show it, and how far off it is. */
function dueText(d: MatterPersonView['deadlines'][number]): string {
  return t('sidebar_due_when', { due: showDue(d.dueDate, d.dueTime), when: formatRelative(d.status.daysLeft, 'day') });
}

function LogAboutMatter({ view, send, now, onLogged }: { view: MatterPersonView; send: typeof realSend; now: () => number; onLogged: (what: string) => void }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InteractionKind>('call');
  const [summary, setSummary] = useState('');
  const role = roleLabel(view.person.role);
  const who = view.person.name || view.person.organisation || role;
  if (!open)
    return (
      <button type="button" class="rp-btn rp-link" onClick={() => setOpen(true)}>
        {t('sidebar_log_with', { who })}
      </button>
    );
  return (
    <Form
      class="rp-log"
      submit={t('sidebar_log_on_matter')}
      onCancel={() => setOpen(false)}
      onSubmit={async () => {
        await send('logInteraction', {
          interaction: {
            clientId: view.client.id,
            kind,
            at: now(),
            summary: summary.trim() || t('sidebar_matter_log_summary', { kind: KIND_LABELS[kind], role: role.toLocaleLowerCase(uiLanguage()), who }),
            matterId: view.matter.id,
            aboutPerson: view.person.id,
            source: 'sidebar',
          },
        });
        setSummary('');
        setOpen(false);
        onLogged(t('sidebar_logged_on_matter', { matter: view.matter.label, kind: KIND_LABELS[kind] }));
      }}
    >
      <Choice label={t('sidebar_field_kind')} value={kind} options={kinds()} onValue={setKind} />
      <Field label={t('sidebar_field_summary')} value={summary} maxLength={2000} onValue={setSummary} />
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
              <p class="rp-muted">{t('sidebar_no_matter_deadlines')}</p>
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
              <p class="rp-muted">{t('sidebar_no_open_goals')}</p>
            )
          }
          recent={<Recent items={v.recent} now={now} />}
          actions={v.colleague ? undefined : <LogAboutMatter view={v} send={props.send} now={props.now} onLogged={props.onLogged} />}
        />
      ))}
    </div>
  );
}
