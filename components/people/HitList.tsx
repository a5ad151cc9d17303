// The hits of a conflict check, each naming its role, matter and client and
// saying why it matched. Shared by the warning before a save and the
// standalone "Check a name" result.
import type { ConflictHit } from '../../lib/identity/conflicts';
import { hitName, hitTitle, reasonText, STRENGTH_LABELS } from '../../lib/identity/conflict-report';
import { t } from '../../lib/i18n/t';

export function HitList({ hits }: { hits: readonly ConflictHit[] }) {
  return (
    <ol class="pp-hits">
      {hits.map((h) => (
        <li key={`${h.clientId}|${h.matter?.id ?? ''}|${h.person?.id ?? h.role}`} class={`pp-hit pp-hit-${h.strength}`}>
          <p class="pp-hit-head">
            <span class={`pp-strength pp-strength-${h.strength}`}>{STRENGTH_LABELS[h.strength]}</span>{' '}
            <strong class="pp-hit-title">{hitTitle(h)}</strong>
          </p>
          <p class="pp-hit-who">
            {hitName(h)}
            {h.role !== 'client' && <> · {t('sidebar_client_is', { name: h.clientName })}</>}
            {h.matter?.caseNumber && <> · {h.matter.caseNumber}</>}
          </p>
          <ul class="pp-reasons">
            {h.reasons.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
