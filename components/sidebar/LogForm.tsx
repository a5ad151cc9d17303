import { useState } from 'preact/hooks';
import type { InteractionKind } from '../../lib/model/interaction';
import { KIND_LABELS, LOGGABLE } from './labels';
import { Choice, Field, Form, type Ops } from './ui';

const KINDS = LOGGABLE.map((k): [InteractionKind, string] => [k, KIND_LABELS[k]]);
const MOODS: [string, string][] = [
  ['', '—'],
  ['1', 'Pleased'],
  ['0', 'Neutral'],
  ['-1', 'Frustrated'],
];

/** One line to record a call or meeting without leaving the page. */
export function LogForm({ clientId, ops }: { clientId: string; ops: Ops }) {
  const [kind, setKind] = useState<InteractionKind>('call');
  const [summary, setSummary] = useState('');
  const [mood, setMood] = useState('');

  return (
    <Form
      class="rp-log"
      submit="Log"
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
        ops.status(`Logged: ${KIND_LABELS[kind]}`);
      }}
    >
      <div class="rp-row">
        <Choice label="Kind" value={kind} options={KINDS} onValue={setKind} />
        <Choice label="Mood" value={mood} options={MOODS} onValue={setMood} />
      </div>
      <Field label="Summary" value={summary} maxLength={2000} onValue={setSummary} />
    </Form>
  );
}
