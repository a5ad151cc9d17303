// The result of a "Check a name" search, laid out to print on its own
// (people.css hides the rest of the page when printing). Wording comes from
// lib/identity/conflict-report.ts, so the printout and the plain-text copy say
// the same thing.
import { useId } from 'preact/hooks';
import { COVERAGE_NOTE, formatCheckedAt, scopeText, summaryText, type ConflictReport } from '../../lib/identity/conflict-report';
import { HitList } from './HitList';
import { t } from '../../lib/i18n/t';

export function ConflictReportView({ report, onPrint }: { report: ConflictReport; onPrint?: () => void }) {
  const titleId = useId();
  const c = report.candidate;
  const what = [c.name, c.organisation, ...c.emails].filter(Boolean).join(', ');
  return (
    <section class={`pp-report pp-report-${report.outcome}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('sidebar_conflict_report_title', { what })}</h3>
      <p class="pp-report-summary" role="status">
        {summaryText(report)}
      </p>
      <dl class="pp-report-meta">
        <dt>{t('sidebar_report_checked')}</dt>
        <dd>{formatCheckedAt(report.checkedAt)}</dd>
        <dt>{t('sidebar_report_searched')}</dt>
        <dd>{scopeText(report.scope)}</dd>
      </dl>
      {report.hits.length > 0 && <HitList hits={report.hits} />}
      <p class="pp-muted pp-coverage">{COVERAGE_NOTE}</p>
      {onPrint && (
        <div class="pp-actions pp-no-print">
          <button type="button" class="pp-btn" onClick={onPrint}>
            {t('sidebar_print')}
          </button>
        </div>
      )}
    </section>
  );
}
