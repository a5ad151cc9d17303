// Options → "Check a name": the same conflict check as before a save, for
// intake, without saving anything. The page runs the check (through the
// background) and passes the report back in.
import { useId, useState } from 'preact/hooks';
import type { ConflictCandidate } from '../../lib/identity/conflicts';
import type { ConflictReport } from '../../lib/identity/conflict-report';
import { ConflictReportView } from './ConflictReportView';
import { splitAddresses } from './person-draft';
import { t } from '../../lib/i18n/t';

export interface CheckNameProps {
  onCheck: (candidate: ConflictCandidate) => void;
  report?: ConflictReport | null;
  busy?: boolean;
  /** The background's refusal or failure, shown beside the form. */
  error?: string | null;
  onPrint?: () => void;
}

export function CheckName(props: CheckNameProps) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [emails, setEmails] = useState('');
  const [empty, setEmpty] = useState(false);
  const ids = { title: useId(), name: useId(), org: useId(), emails: useId(), emailsHint: useId(), err: useId() };

  const submit = (e: Event) => {
    e.preventDefault();
    if (props.busy) return;
    const candidate: ConflictCandidate = { emails: splitAddresses(emails) };
    if (name.trim()) candidate.name = name.trim();
    if (organisation.trim()) candidate.organisation = organisation.trim();
    if (!candidate.name && !candidate.organisation && !candidate.emails?.length) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    props.onCheck(candidate);
  };

  return (
    <section class="pp-check-name" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('sidebar_check_name_title')}</h2>
      <p class="pp-muted pp-no-print">{t('sidebar_check_name_intro')}</p>
      <form class="pp-no-print" onSubmit={submit} noValidate aria-describedby={empty || props.error ? ids.err : undefined}>
        <div class="pp-field">
          <label for={ids.name}>{t('sidebar_field_name')}</label>
          <input id={ids.name} type="search" value={name} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="pp-field">
          <label for={ids.org}>{t('sidebar_field_organisation')}</label>
          <input id={ids.org} type="search" value={organisation} autoComplete="off" onInput={(e) => setOrganisation(e.currentTarget.value)} />
        </div>
        <div class="pp-field">
          <label for={ids.emails}>{t('sidebar_field_emails')}</label>
          <p class="pp-hint" id={ids.emailsHint}>
            {t('sidebar_one_per_line')}
          </p>
          <textarea
            id={ids.emails}
            rows={2}
            spellcheck={false}
            value={emails}
            aria-describedby={ids.emailsHint}
            onInput={(e) => setEmails(e.currentTarget.value)}
          />
        </div>
        {(empty || props.error) && (
          <p class="pp-error" id={ids.err} role="alert">
            {empty ? t('sidebar_check_name_empty') : props.error}
          </p>
        )}
        <div class="pp-actions">
          <button type="submit" class="pp-btn pp-btn-primary" aria-disabled={props.busy ? 'true' : undefined}>
            {t('sidebar_check')}
          </button>
        </div>
      </form>
      {props.report && <ConflictReportView report={props.report} onPrint={props.onPrint} />}
    </section>
  );
}
