import { useId, useState } from 'preact/hooks';
import type { ClientContextReply, ClientView } from '../../lib/messaging/protocol';
import type { send as realSend } from '../../lib/messaging/client';
import type { ConflictHit } from '../../lib/identity/conflicts';
import { conflictOverride } from '../../lib/identity/conflict-report';
import { t } from '../../lib/i18n/t';
import { ConflictWarning } from '../people/ConflictWarning';
import '../people/people.css';
import { ErrorBox, Field, Form, problem, useReturnFocus, Section, type Problem } from './ui';

type Person = ClientContextReply['unknown'][number];

/**
 * The new client's details; on Add, the conflict check runs first. A hit
 * shows the warning in place of the form and nothing is saved until the
 * lawyer goes back or saves anyway (which records who confirmed and when).
 */
function NewClientForm(props: {
  person: Person;
  send: typeof realSend;
  onCreated: (v: ClientView) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(props.person.name ?? '');
  const [email, setEmail] = useState(props.person.email);
  const [warning, setWarning] = useState<{ hits: ConflictHit[]; name: string; email: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Problem | null>(null);

  const create = (n: string, e: string, extra: { id?: string; conflictOverrides?: ReturnType<typeof conflictOverride>[] } = {}) =>
    props.send('createClient', {
      client: { name: n, emails: [e], ...(extra.conflictOverrides ? { conflictOverrides: extra.conflictOverrides } : {}) },
      ...(extra.id ? { id: extra.id } : {}),
    });

  if (warning)
    return (
      <div class="rp-form">
        <ConflictWarning
          subject={warning.name || warning.email}
          hits={warning.hits}
          busy={busy}
          onCancel={() => setWarning(null)}
          onSaveAnyway={async ({ confirmedBy, note }) => {
            setBusy(true);
            setErr(null);
            const id = crypto.randomUUID();
            const record = conflictOverride({
              id: crypto.randomUUID(),
              subject: { kind: 'client', clientId: id, name: warning.name, emails: [warning.email] },
              hits: warning.hits,
              confirmedBy,
              note,
              now: Date.now(),
            });
            try {
              props.onCreated(await create(warning.name, warning.email, { id, conflictOverrides: [record] }));
            } catch (x) {
              setErr(problem(x));
            }
            setBusy(false);
          }}
        />
        <ErrorBox problem={err} />
      </div>
    );

  return (
    <Form
      submit={t('sidebar_add_client')}
      // The background validates (and lower-cases the address); a refusal is shown, typed text kept.
      onSubmit={async () => {
        const n = name.trim();
        const e = email.trim();
        const { reports } = await props.send('checkConflicts', { candidates: [{ ...(n ? { name: n } : {}), emails: [e] }] });
        const hits = reports[0]?.hits ?? [];
        if (hits.length) return setWarning({ hits, name: n, email: e });
        props.onCreated(await create(n, e));
      }}
      onCancel={props.onCancel}
    >
      <Field label={t('sidebar_field_name')} value={name} maxLength={200} onValue={setName} />
      <Field label={t('sidebar_field_email')} email value={email} maxLength={320} onValue={setEmail} />
    </Form>
  );
}

function UnknownPerson(props: {
  person: Person;
  open: boolean;
  setOpen: (open: boolean) => void;
  send: typeof realSend;
  onCreated: (v: ClientView) => void;
}) {
  const id = useId();
  const add = useReturnFocus<HTMLButtonElement>(props.open);
  const p = props.person;
  return (
    <li>
      <div id={id} class="rp-person">
        <span>{p.name || p.email}</span>
        {p.name && <span class="rp-muted"> {p.email}</span>}
      </div>
      {props.open ? (
        <NewClientForm person={p} send={props.send} onCreated={props.onCreated} onCancel={() => props.setOpen(false)} />
      ) : (
        <button ref={add} type="button" class="rp-btn rp-link" aria-describedby={id} onClick={() => props.setOpen(true)}>
          {t('sidebar_add_as_client')}
        </button>
      )}
    </li>
  );
}

/** People on screen whose address matched no client. */
export function AddClient(props: {
  unknown: Person[];
  send: typeof realSend;
  onCreated: (v: ClientView) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Section title={t('sidebar_not_client_yet')}>
      <ul class="rp-list">
        {props.unknown.map((p) => (
          <UnknownPerson
            key={p.email}
            person={p}
            open={open === p.email}
            setOpen={(o) => setOpen(o ? p.email : null)}
            send={props.send}
            onCreated={(v) => {
              setOpen(null);
              props.onCreated(v);
            }}
          />
        ))}
      </ul>
    </Section>
  );
}
