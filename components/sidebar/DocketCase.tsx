// A docket nobody holds: "Add as client" with the case number, case name and
// court filled into the new client's matter (the conflict check first, as for
// any new client), or "Add to an existing client's matters", so the lawyer
// never retypes a case.
import { useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { ClientSummary, ClientView } from '../../lib/messaging/protocol';
import type { ConflictHit } from '../../lib/identity/conflicts';
import { conflictOverride } from '../../lib/identity/conflict-report';
import { t } from '../../lib/i18n/t';
import type { CaseRef } from '../../lib/sites/types';
import { ConflictWarning } from '../people/ConflictWarning';
import '../people/people.css';
import { ErrorBox, Field, Form, problem, Section, type Problem } from './ui';

/** The new matter, from what the docket shows (each field within the model's limits). */
export function matterFromCase(c: CaseRef) {
  const m: { id: string; caseNumber?: string; caseName?: string; court?: string } = { id: crypto.randomUUID() };
  if (c.caseNumber) m.caseNumber = c.caseNumber.slice(0, 80);
  if (c.caseName) m.caseName = c.caseName.slice(0, 300);
  if (c.court) m.court = c.court.slice(0, 200);
  return m;
}

export function DocketCase(props: { docket: CaseRef; send: typeof realSend; onCreated: (v: ClientView) => void; onAdded: (message: string) => void }) {
  const { docket, send } = props;
  const [mode, setMode] = useState<'closed' | 'new' | 'existing'>('closed');
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ClientSummary[] | null>(null);
  const [warning, setWarning] = useState<{ hits: ConflictHit[]; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Problem | null>(null);
  const label = [docket.caseNumber, docket.caseName, docket.court].filter(Boolean).join(' · ');

  const create = (n: string, extra: { id?: string; conflictOverrides?: ReturnType<typeof conflictOverride>[] } = {}) =>
    send('createClient', {
      client: { name: n, matters: [matterFromCase(docket)], ...(extra.conflictOverrides ? { conflictOverrides: extra.conflictOverrides } : {}) },
      ...(extra.id ? { id: extra.id } : {}),
    });

  const addTo = async (c: ClientSummary) => {
    setBusy(true);
    setErr(null);
    try {
      // The stored copy, with its version: someone else's edit in between is refused, not overwritten.
      const { client } = await send('getClient', { id: c.id });
      await send('updateClient', { client: { ...client, matters: [...client.matters, matterFromCase(docket) as (typeof client.matters)[number]] } });
      setMode('closed');
      props.onAdded(t('docket_case_added', { name: c.name }));
    } catch (x) {
      setErr(problem(x));
    }
    setBusy(false);
  };

  let body;
  if (warning)
    body = (
      <div class="rp-form">
        <ConflictWarning
          subject={warning.name}
          hits={warning.hits}
          busy={busy}
          onCancel={() => setWarning(null)}
          onSaveAnyway={async ({ confirmedBy, note }) => {
            setBusy(true);
            setErr(null);
            const id = crypto.randomUUID();
            const record = conflictOverride({ id: crypto.randomUUID(), subject: { kind: 'client', clientId: id, name: warning.name, emails: [] }, hits: warning.hits, confirmedBy, note, now: Date.now() });
            try {
              props.onCreated(await create(warning.name, { id, conflictOverrides: [record] }));
            } catch (x) {
              setErr(problem(x));
            }
            setBusy(false);
          }}
        />
        <ErrorBox problem={err} />
      </div>
    );
  else if (mode === 'new')
    body = (
      <Form
        submit={t('docket_add_client')}
        onSubmit={async () => {
          const n = name.trim();
          if (!n) return { code: 'invalid', message: t('docket_enter_name'), issues: [] } satisfies Problem;
          const { reports } = await send('checkConflicts', { candidates: [{ name: n }] });
          const hits = reports[0]?.hits ?? [];
          if (hits.length) return setWarning({ hits, name: n });
          props.onCreated(await create(n));
        }}
        onCancel={() => setMode('closed')}
      >
        <Field label={t('docket_client_name')} value={name} maxLength={200} onValue={setName} />
        <p class="rp-muted">{t('docket_matter', { matter: label })}</p>
      </Form>
    );
  else if (mode === 'existing')
    body = (
      <div class="rp-form">
        <Form
          submit={t('docket_search')}
          onSubmit={async () => setFound((await send('listClients', { query: query.trim(), limit: 20 })).clients)}
          onCancel={() => setMode('closed')}
        >
          <Field label={t('docket_find_client')} value={query} maxLength={200} onValue={setQuery} />
        </Form>
        {found && !found.length && <p class="rp-muted">{t('docket_no_match')}</p>}
        {found && found.length > 0 && (
          <ul class="rp-list">
            {found.map((c) => (
              <li key={c.id}>
                <button type="button" class="rp-btn rp-link" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && void addTo(c)}>
                  {t('docket_add_case_to', { name: c.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ErrorBox problem={err} />
      </div>
    );
  else
    body = (
      <>
        <button type="button" class="rp-btn rp-link" onClick={() => setMode('new')}>
          {t('docket_add_as_client')}
        </button>{' '}
        <button type="button" class="rp-btn rp-link" onClick={() => setMode('existing')}>
          {t('docket_add_to_existing')}
        </button>
      </>
    );

  return (
    <Section title={t('docket_case_not_client')}>
      <p class="rp-muted">{label}</p>
      {body}
    </Section>
  );
}
