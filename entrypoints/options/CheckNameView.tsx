// Options → "Check a name": the conflict check run before a save, for intake,
// saving nothing. The report prints on its own (people.css).
import { useState } from 'preact/hooks';
import { CheckName } from '../../components/people/CheckName';
import '../../components/people/people.css';
import type { ConflictCandidate } from '../../lib/identity/conflicts';
import type { ConflictReport } from '../../lib/identity/conflict-report';
import { t } from '../../lib/i18n/t';
import { RapportError, send } from '../../lib/messaging/client';

export function CheckNameView() {
  const [report, setReport] = useState<ConflictReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (candidate: ConflictCandidate) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await send('checkName', { ...candidate, emails: [...(candidate.emails ?? [])] }));
    } catch (e) {
      // A failed check never reads as "no match": the old report goes too.
      setReport(null);
      setError(e instanceof RapportError ? e.message : t('settings_check_failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="check-name-view">
      <CheckName onCheck={(c) => void check(c)} report={report} busy={busy} error={error} onPrint={() => window.print()} />
    </main>
  );
}
