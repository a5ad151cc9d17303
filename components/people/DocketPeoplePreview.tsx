// "Add the people on this docket to the matter": the docket's parties and
// attorneys with the role each would get, editable before anything is saved.
// Which party is the client decides who is on which side; the user can change
// that choice, and the roles follow (keeping any role the user set by hand).
import { useId, useMemo, useState } from 'preact/hooks';
import type { Firm } from '../../lib/identity/colleagues';
import { t, tn } from '../../lib/i18n/t';
import { MATTER_ROLE_OPTIONS, type MatterRole } from '../../lib/model/matter-roles';
import type { MatterPersonInput } from '../../lib/model/matter-people';
import { proposeMatterPeople, type PersonProposal, type ProposeOptions } from '../../lib/identity/docket-people';
import type { DocketParty } from '../../lib/sites/efiling/pacer-parties';

export interface DocketPeoplePreviewProps {
  /** "Ruiz v. Harbor Properties · 3:24-cv-01234-RS" */
  caseLabel: string;
  parties: readonly DocketParty[];
  /** The preview's first choice of client party, e.g. from guessClientParties(). */
  initialClientParties: readonly number[];
  firm?: Firm;
  existing?: ProposeOptions['existing'];
  busy?: boolean;
  onAdd: (people: MatterPersonInput[]) => void;
  onCancel: () => void;
  /** Ids for the new people (tests pass a counter). */
  newId?: () => string;
}

const WHY = {
  colleague: 'docket_why_colleague',
  terminated: 'docket_why_terminated',
  'on-matter': 'docket_why_on_matter',
} as const satisfies Record<NonNullable<PersonProposal['why']>, string>;

/** Parties listed twice (Defendant, then Counter Claimant) are one choice. */
function partyChoices(parties: readonly DocketParty[]): { name: string; labels: string[]; indexes: number[] }[] {
  const out: { name: string; labels: string[]; indexes: number[] }[] = [];
  parties.forEach((p, i) => {
    const same = out.find((c) => c.name === p.name);
    if (same) {
      if (!same.labels.includes(p.label)) same.labels.push(p.label);
      same.indexes.push(i);
    } else out.push({ name: p.name, labels: [p.label], indexes: [i] });
  });
  return out;
}

export function DocketPeoplePreview(props: DocketPeoplePreviewProps) {
  const { parties, firm, existing, busy } = props;
  const newId = props.newId ?? (() => crypto.randomUUID());
  const [clientParties, setClientParties] = useState<ReadonlySet<number>>(() => new Set(props.initialClientParties));
  // What the user changed by hand, by proposal key: survives a change of client party.
  const [edits, setEdits] = useState<ReadonlyMap<string, { role?: MatterRole; include?: boolean }>>(new Map());
  const ids = { title: useId(), choose: useId(), hint: useId() };
  const choices = useMemo(() => partyChoices(parties), [parties]);

  const rows = useMemo(() => {
    const proposed = proposeMatterPeople(parties, [...clientParties], { firm, existing });
    return proposed.map((p) => {
      const e = edits.get(p.key);
      return { ...p, role: e?.role ?? p.role, include: p.why === 'on-matter' ? false : (e?.include ?? p.include) };
    });
  }, [parties, clientParties, firm, existing, edits]);

  const sideKnown = [...clientParties].some((i) => parties[i] && parties[i]!.side !== 'neutral');
  const chosen = rows.filter((r) => r.include);
  const edit = (key: string, patch: { role?: MatterRole; include?: boolean }) =>
    setEdits((m) => new Map(m).set(key, { ...m.get(key), ...patch }));

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy || !chosen.length) return;
    props.onAdd(
      chosen.map((r) => {
        const p: MatterPersonInput = { id: newId(), role: r.role, name: r.name, emails: [...r.emails], notes: '', docketLabel: r.docketLabel };
        if (r.organisation && r.organisation !== r.name) p.organisation = r.organisation;
        return p;
      }),
    );
  };

  if (!parties.length)
    return (
      <section class="pp-docket" aria-labelledby={ids.title}>
        <h2 id={ids.title}>{t('docket_add_people')}</h2>
        <p class="pp-muted">{t('docket_no_parties')}</p>
        <div class="pp-actions">
          <button type="button" class="pp-btn" onClick={props.onCancel}>
            {t('common_close')}
          </button>
        </div>
      </section>
    );

  return (
    <form class="pp-docket" aria-labelledby={ids.title} onSubmit={submit} noValidate>
      <h2 id={ids.title}>{t('docket_add_people')}</h2>
      <p class="pp-muted">{props.caseLabel}</p>

      <fieldset class="pp-choose" aria-describedby={sideKnown ? undefined : ids.hint}>
        <legend id={ids.choose}>{t('docket_which_party')}</legend>
        {choices.map((c) => {
          const checked = c.indexes.every((i) => clientParties.has(i));
          return (
            <label key={c.name} class="pp-check">
              <input
                type="checkbox"
                checked={checked}
                onChange={() =>
                  setClientParties((s) => {
                    const next = new Set(s);
                    for (const i of c.indexes) {
                      if (checked) next.delete(i);
                      else next.add(i);
                    }
                    return next;
                  })
                }
              />{' '}
              {c.name} <span class="pp-muted">({c.labels.join(', ')})</span>
            </label>
          );
        })}
        {!sideKnown && (
          <p class="pp-hint" id={ids.hint}>
            {t('docket_tick_party')}
          </p>
        )}
      </fieldset>

      <ul class="pp-proposals" aria-label={t('docket_people_list')}>
        {rows.map((r) => (
          <ProposalRow key={r.key} row={r} onInclude={(include) => edit(r.key, { include })} onRole={(role) => edit(r.key, { role })} />
        ))}
      </ul>

      <div class="pp-actions">
        <button type="button" class="pp-btn" onClick={props.onCancel}>
          {t('common_cancel')}
        </button>
        <button type="submit" class="pp-btn pp-btn-primary" aria-disabled={busy || !chosen.length ? 'true' : undefined}>
          {tn('docket_add_count', chosen.length)}
        </button>
      </div>
    </form>
  );
}

function ProposalRow({ row, onInclude, onRole }: { row: PersonProposal; onInclude: (v: boolean) => void; onRole: (r: MatterRole) => void }) {
  const ids = { check: useId(), role: useId(), about: useId() };
  const locked = row.why === 'on-matter';
  return (
    <li class={`pp-proposal${row.include ? '' : ' pp-proposal-off'}`}>
      <input
        id={ids.check}
        type="checkbox"
        checked={row.include}
        disabled={locked}
        aria-describedby={ids.about}
        onChange={(e) => onInclude(e.currentTarget.checked)}
      />
      <label for={ids.check} class="pp-proposal-name">
        {row.name}
      </label>
      <span id={ids.about} class="pp-proposal-about">
        {row.docketLabel}
        {row.organisation && row.organisation !== row.name && <> · {row.organisation}</>}
        {row.emails.length > 0 && <> · {row.emails.join(', ')}</>}
        {row.why && <> · {t(WHY[row.why])}</>}
      </span>
      <label for={ids.role} class="pp-visually-hidden">
        {t('docket_role_for', { name: row.name })}
      </label>
      <select id={ids.role} value={row.role} disabled={locked} onChange={(e) => onRole(e.currentTarget.value as MatterRole)}>
        {/* A colleague works with the client, never for the client's side as its contact. */}
        {(row.why === 'colleague' ? MATTER_ROLE_OPTIONS.filter((o) => o.value !== 'client-contact') : MATTER_ROLE_OPTIONS).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </li>
  );
}
