import { useState } from 'preact/hooks';
import type { InteractionKind } from '../../lib/model/interaction';
import { t } from '../../lib/i18n/t';
import { KIND_LABELS, LOGGABLE } from './labels';
import { Choice, Field, Form, type Ops } from './ui';

/** Read when the form is drawn, so the labels are in the browser's language. */
const kinds = () => LOGGABLE.map((k): [InteractionKind, string] => [k, KIND_LABELS[k]]);
const moods = (): [string, string][] => [
  ['', '—'],
  ['1', t('sidebar_mood_option_pleased')],
  ['0', t('sidebar_mood_option_neutral')],
  ['-1', t('sidebar_mood_option_frustrated')],
];

/** One line to record a call or meeting without leaving the page. */
export function LogForm({ clientId, ops }: { clientId: string; ops: Ops }) {
  const [kind, setKind] = useState<InteractionKind>('call');
  const [summary, setSummary] = useState('');
  const [mood, setMood] = useState('');

  return (
    <Form
      class="rp-log"
      submit={t('sidebar_log')}
      autoFocus={false}
      onSubmit={async () => {
        await ops.log({
          clientId,
          kind,
          at: ops.now(),
          summary: summary.trim(),
          ...(mood ? { sentiment: Number(mood) } : {}),
          source: 'sidebar',
        });
        setSummary('');
        setMood('');
        ops.status(t('sidebar_logged_kind', { kind: KIND_LABELS[kind] }));
      }}
    >
      <div class="rp-row">
        <Choice label={t('sidebar_field_kind')} value={kind} options={kinds()} onValue={setKind} />
        <Choice label={t('sidebar_field_mood')} value={mood} options={moods()} onValue={setMood} />
      </div>
      <Field label={t('sidebar_field_summary')} value={summary} maxLength={2000} onValue={setSummary} />
    </Form>
  );
}
