// Rejected filings flagged on the client (until acknowledged), and — when the
// sidebar was opened from a portal row that shows a filing status, on a portal
// whose rows may be logged — the one-click "Log filing" for that row. Badges in
// the page and other sidebars hear of a change from the background.
import { useEffect, useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { FilingFlag } from '../../lib/messaging/protocol';
import { refLabel } from '../../lib/model/filing';
import type { CaseRef, ScreenContext } from '../../lib/sites/types';
import { ErrorBox, problem, type Problem } from './ui';
import { withElement } from './with-element';
import { t } from '../../lib/i18n/t';

type Row = CaseRef & { status: string };

/** "envelope 12345": the portal's own word for its reference (refLabel picks it per site), translated. */
function refText(site: string, ref: string): string {
  switch (refLabel(site)) {
    case 'order':
      return t('sidebar_ref_order', { ref });
    case 'envelope':
      return t('sidebar_ref_envelope', { ref });
    case 'transaction':
      return t('sidebar_ref_transaction', { ref });
    default:
      return t('sidebar_ref_other', { ref });
  }
}

const rowKey = (r: Row) => `${r.ref ?? ''}|${r.caseNumber ?? r.matterCode ?? ''}|${r.status}`;

export function FilingFlags(props: {
  clientId: string;
  context: ScreenContext | null;
  send: typeof realSend;
  /** The client's view changed (a filing logged): reload it. */
  onLogged: () => void;
  status: (message: string) => void;
  /** Bumped when client data changed anywhere: the flags are read again. */
  refreshKey?: number;
  /** Rows may be logged here (a known portal, or one the user marked as e-filing). */
  canLog?: boolean;
}) {
  const { clientId, context, send, refreshKey = 0, canLog = true } = props;
  const [flags, setFlags] = useState<FilingFlag[]>([]);
  const [done, setDone] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      send('listFilingFlags', { clientId }).then(
        (r) => live && setFlags(r.flags),
        () => {},
      );
    void load();
    return () => {
      live = false;
    };
  }, [clientId, refreshKey]);

  const site = context?.site ?? '';
  const rows = canLog ? (context?.cases ?? []).filter((c): c is Row => !!c.status && !!(c.caseNumber || c.matterCode)) : [];

  const run = async (job: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setErr(null);
    try {
      await job();
    } catch (e) {
      setErr(problem(e));
    }
    setBusy(false);
  };

  const log = (row: Row) =>
    run(async () => {
      const { results } = await send('logFilings', { site, filings: [{ clientId, filing: row }] });
      const r = results[0];
      setDone((d) => ({ ...d, [rowKey(row)]: r?.created ? t('sidebar_logged_short') : t('sidebar_already_logged_short') }));
      props.status(r?.created ? t('sidebar_filing_logged') : t('sidebar_filing_already_logged'));
      if (r?.created) props.onLogged();
    });

  const acknowledge = (f: FilingFlag) =>
    run(async () => {
      await send('acknowledgeFiling', { id: f.id });
      setFlags((all) => all.filter((x) => x.id !== f.id));
      props.status(t('sidebar_acknowledged'));
    });

  if (!flags.length && !rows.length && !err) return null;
  return (
    <div class="rp-filings">
      {flags.map((f) => (
        <div key={f.id} class="rp-flag">
          <p>
            {withElement(
              (rejected) => (f.ref ? t('sidebar_filing_rejected_ref_line', { rejected, ref: refText(f.site, f.ref) }) : t('sidebar_filing_rejected_line', { rejected })),
              <strong>{t('sidebar_filing_rejected', { what: f.caseNumber ?? f.status })}</strong>,
            )}
          </p>
          <button type="button" class="rp-btn" disabled={busy} onClick={() => void acknowledge(f)}>
            {t('sidebar_acknowledge')}
          </button>
        </div>
      ))}
      {rows.map((row) => (
        <div key={rowKey(row)} class="rp-filing">
          <span>{row.ref ? t('sidebar_filing_row_ref', { status: row.status, ref: refText(site, row.ref) }) : row.status}</span>
          {done[rowKey(row)] ? (
            <span class="rp-muted">{done[rowKey(row)]}</span>
          ) : (
            <button type="button" class="rp-btn" disabled={busy} onClick={() => void log(row)}>
              {t('sidebar_log_filing')}
            </button>
          )}
        </div>
      ))}
      <ErrorBox problem={err} />
    </div>
  );
}
