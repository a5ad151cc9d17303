// The card for someone who is not the client but is on a client's matter:
// "Opposing counsel · Ruiz v. Harbor Properties", "Client: Elena Ruiz", then
// what the lawyer wants in view before replying to them — the matter's
// deadlines, the client's goals for it, the last interactions about it. Those
// three are slots: the caller renders them from the background's view.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { roleLabel, type MatterRole } from '../../lib/model/matter-roles';
import { t, uiLanguage } from '../../lib/i18n/t';
import { withElement } from '../sidebar/with-element';
import { Section } from './Section';

export interface MatterPersonCardProps {
  person: { name: string; role: MatterRole; organisation?: string; emails?: readonly string[]; notes?: string; docketLabel?: string };
  matter: { label: string; caseNumber?: string; court?: string };
  client: { name: string };
  /** At the user's own firm: shown as "Colleague", never as anything to act on. */
  colleague?: boolean;
  /**
   * How the person on screen was recognised. `domain`: not this person, but
   * someone at the same organisation (`seen` says who).
   */
  via?: 'email' | 'domain' | 'name';
  seen?: { name?: string; email: string };
  onOpenClient?: () => void;
  deadlines?: ComponentChildren;
  goals?: ComponentChildren;
  recent?: ComponentChildren;
  /** E.g. "Log a call with opposing counsel". */
  actions?: ComponentChildren;
}

export function roleLine(role: MatterRole, colleague?: boolean): string {
  return colleague ? t('sidebar_colleague') : roleLabel(role);
}

export function MatterPersonCard(props: MatterPersonCardProps) {
  const { person, matter, client, colleague, via = 'email', seen } = props;
  const nameId = useId();
  const roleId = useId();
  const byDomain = via === 'domain' && seen;
  const role = roleLine(person.role, colleague);
  const heading = byDomain ? seen.name?.trim() || seen.email : person.name || person.organisation || '';
  const org = person.organisation && person.organisation !== heading ? person.organisation : undefined;
  return (
    <article class={`pp-card pp-person-card${colleague ? ' pp-colleague' : ''}`} aria-labelledby={`${nameId} ${roleId}`}>
      <header class="pp-card-head">
        <p class="pp-role-line" id={roleId}>
          {byDomain ? t('sidebar_role_organisation', { role }) : role} · {matter.label}
        </p>
        <h2 class="pp-name" id={nameId}>
          {heading}
        </h2>
        {byDomain ? (
          <p class="pp-muted">
            {t('sidebar_same_domain', { name: person.name || person.organisation || '', domain: seen.email.split('@')[1] ?? '', role: role.toLocaleLowerCase(uiLanguage()) })}
          </p>
        ) : (
          org && <p class="pp-org">{org}</p>
        )}
        <p class="pp-client">
          {props.onOpenClient
            ? withElement(
                (name) => t('sidebar_client_is', { name }),
                <button type="button" class="pp-link" onClick={props.onOpenClient}>
                  {client.name}
                </button>,
              )
            : t('sidebar_client_is', { name: client.name })}
        </p>
        {(matter.caseNumber || matter.court) && (
          <p class="pp-muted">{[matter.caseNumber, matter.court].filter(Boolean).join(' · ')}</p>
        )}
        {person.docketLabel && <p class="pp-muted">{t('sidebar_on_docket', { label: person.docketLabel })}</p>}
        {via === 'name' && <p class="pp-muted">{t('sidebar_by_name_only')}</p>}
      </header>
      {person.notes?.trim() && <p class="pp-notes">{person.notes}</p>}
      {props.deadlines !== undefined && <Section title={t('sidebar_deadlines')}>{props.deadlines}</Section>}
      {props.goals !== undefined && <Section title={t('sidebar_goals_for_matter', { name: client.name })}>{props.goals}</Section>}
      {props.recent !== undefined && <Section title={t('sidebar_last_interactions')}>{props.recent}</Section>}
      {props.actions && <div class="pp-actions">{props.actions}</div>}
    </article>
  );
}
