// On a client's CM/ECF docket: "Add the people on this docket to the matter".
// The preview proposes roles from the docket's own party labels; Save runs
// the conflict check on the people to be added first (a hit shows the warning,
// "Save anyway" records who confirmed), then adds them to the matter through
// the sidebar's version-checked update. People already on the matter are
// never added twice. The user's firm (Settings → Your firm) is read when the
// preview opens: colleagues start unticked, and the party they represent is
// the first guess at the client.
import { useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { ClientView } from '../../lib/messaging/protocol';
import type { ConflictHit } from '../../lib/identity/conflicts';
import { conflictOverride } from '../../lib/identity/conflict-report';
import { t, tn } from '../../lib/i18n/t';
import { addMatterPeople, guessClientParties } from '../../lib/identity/docket-people';
import { caseCandidates, matterCaseKeys } from '../../lib/identity/case-number';
import type { Matter } from '../../lib/model/client';
import type { Firm } from '../../lib/identity/colleagues';
import type { MatterPersonInput, MatterPerson, ConflictOverrideInput } from '../../lib/model/matter-people';
import type { ScreenContext } from '../../lib/sites/types';
import { DocketPeoplePreview } from '../people/DocketPeoplePreview';
import { ConflictWarning } from '../people/ConflictWarning';
import '../people/people.css';
import { ErrorBox, problem, type Ops, type Problem } from './ui';

/** The client's matter for the docket's case: the one whose case number reads the same. */
export function matterForDocket(matters: readonly Matter[], context: ScreenContext): Matter | undefined {
  const raw = context.cases[0]?.caseNumber;
  if (!raw) return undefined;
  const keys = new Set(caseCandidates(raw).map((c) => c.key));
  return matters.find((m) => matterCaseKeys(m).some((k) => keys.has(k)));
}

export function DocketPeople(props: { context: ScreenContext; view: ClientView; send: typeof realSend; ops: Ops; onSaved: () => void }) {
  const { context, view, send, ops } = props;
  /** Open with the firm as Settings had it when the user asked; null = closed. */
  const [open, setOpen] = useState<{ firm: Firm } | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Problem | null>(null);
  const [warning, setWarning] = useState<{ people: MatterPersonInput[]; hits: ConflictHit[]; each: ConflictHit[][] } | null>(null);
  const parties = context.parties ?? [];
  const matter = matterForDocket(view.client.matters, context);
  if (!parties.length || !matter) return null;
  const c = context.cases[0];
  const caseLabel = [c?.caseName, c?.caseNumber].filter(Boolean).join(' · ');

  const save = async (people: MatterPersonInput[], overrides: ConflictOverrideInput[] = []) => {
    await ops.update(view.client.id, (client) => ({
      ...client,
      matters: client.matters.map((m) => (m.id === matter.id ? { ...m, people: addMatterPeople(m.people, people as MatterPerson[]) } : m)),
      ...(overrides.length ? { conflictOverrides: [...(client.conflictOverrides ?? []), ...(overrides as typeof client.conflictOverrides & object)] } : {}),
    }));
    setOpen(null);
    setWarning(null);
    ops.status(tn('docket_people_added', people.length));
    props.onSaved();
  };

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setErr(null);
    try {
      await job();
    } catch (e) {
      setErr(problem(e));
    }
    setBusy(false);
  };

  const start = () =>
    run(async () => {
      const { firm } = await send('getSettings', {});
      setOpen({ firm: { domains: firm?.domains ?? [], addresses: firm?.addresses ?? [] } });
    });

  if (!open)
    return (
      <div class="rp-docket-people">
        <button type="button" class="rp-btn rp-link" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && void start()}>
          {t('docket_add_people')}
        </button>
        <ErrorBox problem={err} />
      </div>
    );

  // The preview stays mounted (hidden) while the warning shows, so "Don’t save" returns to the user's choices.
  return (
    <>
      {warning && (
        <div class="rp-form">
          <ConflictWarning
            subject={warning.people.map((p) => p.name || p.organisation).join(', ')}
            hits={warning.hits}
            busy={busy}
            onCancel={() => setWarning(null)}
            onSaveAnyway={({ confirmedBy, note }) =>
              run(() => {
                // One record per person the warning named, as the options form keeps them.
                const records = warning.people.flatMap((p, i) => {
                  const hits = warning.each[i] ?? [];
                  const subject: ConflictOverrideInput['subject'] = { kind: 'matter-person', clientId: view.client.id, matterId: matter.id, personId: p.id, name: p.name ?? '', emails: p.emails ?? [] };
                  if (p.organisation) subject.organisation = p.organisation;
                  return hits.length ? [conflictOverride({ id: crypto.randomUUID(), subject, hits, confirmedBy, note, now: ops.now() })] : [];
                });
                return save(warning.people, records);
              })
            }
          />
          <ErrorBox problem={err} />
        </div>
      )}
      <div class="rp-form" hidden={!!warning}>
        <DocketPeoplePreview
          caseLabel={caseLabel}
          parties={parties}
          initialClientParties={guessClientParties(parties, view.client, open.firm)}
          firm={open.firm}
          existing={matter.people}
          busy={busy}
          onCancel={() => {
            setOpen(null);
            setErr(null);
          }}
          onAdd={(people) =>
            run(async () => {
              const { reports } = await send('checkConflicts', {
                candidates: people.slice(0, 100).map((p) => ({ ...(p.name ? { name: p.name } : {}), ...(p.organisation ? { organisation: p.organisation } : {}), emails: p.emails ?? [] })),
                excludeClientId: view.client.id,
              });
              const each = reports.map((r) => r.hits);
              const hits = each.flat();
              if (hits.length) return setWarning({ people, hits, each });
              await save(people);
            })
          }
        />
        {!warning && <ErrorBox problem={err} />}
      </div>
    </>
  );
}
