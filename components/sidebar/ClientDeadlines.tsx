// The sidebar's deadline block for one client: the mood of the last ten
// interactions (and "Check in with …" when the rule says so), broken promises
// flagged, the next three deadlines and promises, a one-line promise, the
// heads-up to the client on an at-risk or missed one, and the prep brief.
import { useEffect, useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { Deadline, DeadlineInput } from '../../lib/model/deadline';
import type { DeadlineSettings } from '../../lib/model/deadline-settings';
import { isBrokenPromise } from '../../lib/deadlines/state';
import { checkIn, recentMoods, type MoodPoint } from '../../lib/mood/trend';
import { NextDeadlines } from '../deadlines/next-deadlines';
import { PromiseInput } from '../deadlines/promise-input';
import { HeadsUpDialog } from '../deadlines/heads-up-dialog';
import { showDue } from '../deadlines/format';
import { MoodSparkline } from '../mood/mood-sparkline';
import { CheckInNotice } from '../mood/check-in';
import { ErrorBox, problem, type Problem } from './ui';
import { withElement } from './with-element';
import { t } from '../../lib/i18n/t';
import { newId } from '../../lib/model/ids';
import type { OpenQuestion } from '../../lib/model/open-question';

export interface ClientDeadlinesProps {
  clientId: string;
  /** The name the lawyer uses for them. */
  name: string;
  emails: string[];
  send: typeof realSend;
  now: () => number;
  status: (message: string) => void;
  /** Logs the sent heads-up as a note on the client (the card's own queue, so its view updates). */
  logNote: (summary: string) => Promise<void>;
  /** Bumped when client data changed anywhere: read again. */
  refreshKey?: number;
  /** Opens a compose URL in a new tab (default: window.open). */
  openUrl?: (url: string) => void;
}

interface Data {
  deadlines: Deadline[];
  moods: MoodPoint[];
  settings: DeadlineSettings;
  questions: OpenQuestion[];
}

export function ClientDeadlines(p: ClientDeadlinesProps) {
  const { clientId, send, refreshKey = 0 } = p;
  const [data, setData] = useState<Data | null>(null);
  const [err, setErr] = useState<Problem | null>(null);
  const [headsUp, setHeadsUp] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const [question, setQuestion] = useState('');

  useEffect(() => {
    let live = true;
    Promise.all([send('listDeadlines', { clientId }), send('getMood', { clientId }), send('getDeadlineSettings', {}), send('listOpenQuestions', { clientId })]).then(
      ([list, mood, s, q]) => {
        if (!live) return;
        setData({ deadlines: list.items.map((i) => i.deadline), moods: mood.points, settings: s.settings, questions: q.questions });
        setErr(null);
      },
      (e) => live && setErr(problem(e)),
    );
    return () => {
      live = false;
    };
  }, [clientId, refreshKey, loads]);

  const reload = () => setLoads((n) => n + 1);

  if (!data) return err ? <ErrorBox problem={err} /> : null;
  const now = p.now();
  const buffers = data.settings.bufferDays;
  const broken = data.deadlines.filter((d) => isBrokenPromise(d, now, buffers));
  const check = checkIn(data.moods);
  const open = headsUp ? data.deadlines.find((d) => d.id === headsUp) : undefined;

  const addPromise = async (input: DeadlineInput) => {
    const { deadline } = await send('saveDeadline', { deadline: input, id: newId() });
    p.status(t('sidebar_promise_added', { title: deadline.title }));
    reload();
  };

  const done = async (id: string) => {
    try {
      const { deadline } = await send('completeDeadline', { id });
      p.status(t('sidebar_done', { title: deadline.title }));
      reload();
    } catch (e) {
      setErr(problem(e));
    }
  };

  const act = async (job: () => Promise<string>) => {
    try {
      p.status(await job());
      setErr(null);
      reload();
    } catch (e) {
      setErr(problem(e));
    }
  };

  const addQuestion = (e: Event) => {
    e.preventDefault();
    const text = question.trim();
    if (!text) return;
    void act(async () => {
      await send('saveOpenQuestion', { clientId, text, id: newId() });
      setQuestion('');
      return t('sidebar_question_added');
    });
  };

  const openQuestions = data.questions.filter((q) => q.resolvedAt === undefined);

  return (
    <div class="rp-deadlines">
      <div class="rp-mood">
        <span class="rp-muted">{t('sidebar_field_mood')}</span> <MoodSparkline moods={recentMoods(data.moods)} />
      </div>
      <CheckInNotice name={p.name} state={check} />
      {broken.length > 0 && (
        <div class="rp-flag rp-broken" role="note">
          {broken.map((d) => (
            <p key={d.id}>
              {withElement(
                (promise) => t('sidebar_promise_overdue_line', { promise, due: showDue(d.dueDate, d.dueTime) }),
                <strong>{t('sidebar_promise_overdue', { title: d.title })}</strong>,
              )}
            </p>
          ))}
        </div>
      )}
      <NextDeadlines deadlines={data.deadlines} now={now} buffers={buffers} onDone={(id) => void done(id)} onHeadsUp={setHeadsUp} />
      <PromiseInput clientId={clientId} now={p.now} onAdd={addPromise} />
      <section class="rp-questions" aria-labelledby={`rp-q-${clientId}`}>
        <h3 id={`rp-q-${clientId}`}>{t('sidebar_open_questions')}</h3>
        {openQuestions.length > 0 && (
          <ul>
            {openQuestions.map((q) => (
              <li key={q.id}>
                <span>{q.text}</span>
                <button type="button" aria-label={t('sidebar_answered_label', { question: q.text })} onClick={() => void act(async () => (await send('resolveOpenQuestion', { id: q.id }), t('sidebar_marked_answered')))}>
                  {t('sidebar_answered')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="rp-dl-form" onSubmit={addQuestion}>
          <label for={`rp-q-in-${clientId}`}>{t('sidebar_new_question')}</label>
          <div class="rp-dl-row rp-q-row">
            <input id={`rp-q-in-${clientId}`} type="text" value={question} maxLength={1000} onInput={(e) => setQuestion(e.currentTarget.value)} />
            <button type="submit">{t('sidebar_add_question')}</button>
          </div>
        </form>
      </section>
      <ErrorBox problem={err} />
      <p>
        <a class="rp-link" href={`brief.html?client=${encodeURIComponent(clientId)}`} target="_blank" rel="noopener">
          {t('sidebar_prep_brief_for', { name: p.name })}
        </a>
      </p>
      {open && (
        <HeadsUpDialog
          client={{ name: p.name, email: p.emails[0] ?? '' }}
          deadline={{ title: open.title, dueDate: open.dueDate, ...(open.dueTime ? { dueTime: open.dueTime } : {}) }}
          template={data.settings.headsUp.template}
          compose={data.settings.headsUp.compose}
          sender={data.settings.headsUp.sender}
          now={now}
          onOpen={(url) => (p.openUrl ?? ((u: string) => void window.open(u, '_blank', 'noopener')))(url)}
          onCopy={(text) => navigator.clipboard.writeText(text)}
          onSent={async (draft) => {
            await p.logNote(t('sidebar_heads_up_sent', { subject: draft.subject }));
            p.status(t('sidebar_logged_as_note'));
            setHeadsUp(null);
          }}
          onClose={() => setHeadsUp(null)}
        />
      )}
    </div>
  );
}
