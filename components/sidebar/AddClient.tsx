import { useId, useState } from 'preact/hooks';
import type { ClientContextReply, ClientView } from '../../lib/messaging/protocol';
import type { send as realSend } from '../../lib/messaging/client';
import { Field, Form, Section, useReturnFocus } from './ui';

type Person = ClientContextReply['unknown'][number];

function NewClientForm(props: {
  person: Person;
  send: typeof realSend;
  onCreated: (v: ClientView) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(props.person.name ?? '');
  const [email, setEmail] = useState(props.person.email);

  return (
    <Form
      submit="Add client"
      // The background validates (and lower-cases the address); a refusal is shown, typed text kept.
      onSubmit={async () =>
        props.onCreated(await props.send('createClient', { client: { name: name.trim(), emails: [email.trim()] } }))
      }
      onCancel={props.onCancel}
    >
      <Field label="Name" value={name} maxLength={200} onValue={setName} />
      <Field label="E-mail" email value={email} maxLength={320} onValue={setEmail} />
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
          Add as client
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
    <Section title="Not a client yet">
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
