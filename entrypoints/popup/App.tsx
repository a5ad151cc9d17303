// The toolbar popup: who is on the active tab's screen, one-click logging with
// undo, search, and the "Losing touch" list. All data comes from the
// background through send(); the tab's content script is asked only what it
// sees (its ScreenContext).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { screenOfTab, targetTabId } from '../../components/popup/active-tab';
import { ClientLine } from '../../components/popup/ClientLine';
import { ClientSearch } from '../../components/popup/ClientSearch';
import { briefOf, loggedText, shownName, type ClientBrief } from '../../components/popup/format';
import { LosingTouchList } from '../../components/popup/LosingTouchList';
import { DeadlineAlerts } from '../../components/popup/DeadlineAlerts';
import { CheckInList } from '../../components/popup/CheckInList';
import { CheckInNotice } from '../../components/mood/check-in';
import { OpenPanelButton } from '../../components/display/OpenPanelButton';
import { checkIn, type CheckIn } from '../../lib/mood/trend';
import { QuickLog, type LastLog } from '../../components/popup/QuickLog';
import { RapportError, send } from '../../lib/messaging/client';
import type { DataHealth, LosingTouchReply, ReplyMap } from '../../lib/messaging/protocol';
import { backupFooter } from '../../lib/backup/reminder';
import { t } from '../../lib/i18n/t';
import type { InteractionKind } from '../../lib/model/interaction';

const SEARCH_DEBOUNCE_MS = 150;
const SEARCH_LIMIT = 8;

type Screen =
  | { state: 'loading' }
  /** No content script of ours on that tab, or nothing open there. */
  | { state: 'none' }
  | { state: 'ready'; matches: ClientBrief[]; unknown: number }
  | { state: 'error'; message: string };

const errorText = (e: unknown, fallback: string) => (e instanceof RapportError ? e.message : fallback);

export function App() {
  const [screen, setScreen] = useState<Screen>({ state: 'loading' });
  /** A client chosen from search or the losing-touch list (not on screen). */
  const [picked, setPicked] = useState<ClientBrief | null>(null);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  /** Fresher copies (after a log or undo) of clients shown anywhere in the popup. */
  const [fresh, setFresh] = useState<Record<string, ClientBrief>>({});
  const [summary, setSummary] = useState('');
  const [mood, setMood] = useState('');
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<LastLog | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ clients: ClientBrief[]; total: number } | undefined>(undefined);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [losing, setLosing] = useState<LosingTouchReply | null>(null);
  const [losingError, setLosingError] = useState<string | null>(null);
  const [alerts, setAlerts] = useState<ReplyMap['deadlineAlerts'] | null>(null);
  const [alertsError, setAlertsError] = useState<string | null>(null);
  const [checkIns, setCheckIns] = useState<ReplyMap['checkIns'] | null>(null);
  const [checkInsError, setCheckInsError] = useState<string | null>(null);
  /** The check-in rule for the client the buttons log for. */
  const [moodCheck, setMoodCheck] = useState<{ clientId: string; check: CheckIn } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchSeq = useRef(0);
  const now = Date.now();

  const current = (c: ClientBrief) => fresh[c.id] ?? c;
  const onScreen = screen.state === 'ready' ? screen.matches.map(current) : [];
  const candidates = picked && !onScreen.some((c) => c.id === picked.id) ? [...onScreen, current(picked)] : onScreen;
  const target = candidates.find((c) => c.id === selectedId) ?? candidates[0] ?? null;

  const refreshLosing = useCallback(async () => {
    try {
      setLosing(await send('losingTouch', { limit: 20 }));
      setLosingError(null);
    } catch (e) {
      setLosingError(errorText(e, t('popup_losing_could_not_load')));
    }
  }, []);

  const refreshAlerts = useCallback(async () => {
    try {
      setAlerts(await send('deadlineAlerts', {}));
      setAlertsError(null);
    } catch (e) {
      setAlertsError(errorText(e, t('popup_dl_could_not_load')));
    }
  }, []);
  useEffect(() => void refreshAlerts(), [refreshAlerts]);

  const refreshCheckIns = useCallback(async () => {
    try {
      setCheckIns(await send('checkIns', { limit: 10 }));
      setCheckInsError(null);
    } catch (e) {
      setCheckInsError(errorText(e, t('popup_check_in_could_not_load')));
    }
  }, []);

  // Who is on the tab's screen; without a content script there, search instead.
  useEffect(() => {
    void (async () => {
      const context = await screenOfTab(await targetTabId().catch(() => undefined));
      if (!context) return setScreen({ state: 'none' });
      try {
        const reply = await send('getClientContext', { context });
        setScreen({ state: 'ready', matches: reply.matches.map(briefOf), unknown: reply.unknown.length });
      } catch (e) {
        setScreen({ state: 'error', message: errorText(e, t('popup_could_not_read_page')) });
      }
    })();
    void refreshLosing();
  }, [refreshLosing]);

  const targetId = target?.id;
  const lastLogged = last?.interactionId;
  // A log (or its undo) with a mood can raise or clear a check-in.
  useEffect(() => void refreshCheckIns(), [refreshCheckIns, lastLogged]);
  useEffect(() => {
    if (!targetId) return setMoodCheck(null);
    let live = true;
    send('getMood', { clientId: targetId }).then(
      (m) => live && setMoodCheck({ clientId: targetId, check: checkIn(m.points) }),
      () => live && setMoodCheck(null),
    );
    return () => {
      live = false;
    };
  }, [targetId, lastLogged]);

  const openBrief = (clientId: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/brief.html?client=${encodeURIComponent(clientId)}`) });

  // Nobody on screen: the search box is what the user wants next.
  const nobody = screen.state !== 'loading' && onScreen.length === 0;
  useEffect(() => {
    if (nobody) searchRef.current?.focus();
  }, [nobody]);

  useEffect(() => {
    const q = query.trim();
    const seq = ++searchSeq.current;
    if (!q) {
      setResults(undefined);
      setSearchError(null);
      return;
    }
    const timer = setTimeout(() => {
      send('listClients', { query: q, limit: SEARCH_LIMIT }).then(
        (r) => {
          if (seq !== searchSeq.current) return;
          setResults({ clients: r.clients.map(briefOf), total: r.total });
          setSearchError(null);
        },
        (e) => seq === searchSeq.current && setSearchError(errorText(e, t('popup_search_failed'))),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const choose = (c: ClientBrief) => {
    if (!onScreen.some((s) => s.id === c.id)) setPicked(c);
    setSelectedId(c.id);
    setMessage(null);
  };

  const remember = (c: ClientBrief) => setFresh((f) => ({ ...f, [c.id]: c }));

  const log = async (kind: InteractionKind) => {
    if (!target || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const reply = await send('logInteraction', {
        interaction: {
          clientId: target.id,
          kind,
          at: Date.now(),
          summary: summary.trim(),
          ...(mood ? { sentiment: Number(mood) } : {}),
          source: 'popup',
        },
      });
      remember(briefOf(reply.view));
      setLast({ interactionId: reply.interaction.id, clientId: target.id, text: loggedText(kind, target.name) });
      setSummary('');
      setMood('');
      void refreshLosing();
    } catch (e) {
      setLast(null);
      setMessage({ text: errorText(e, t('popup_could_not_log')), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!last || busy) return;
    setBusy(true);
    try {
      await send('deleteInteraction', { id: last.interactionId });
      setLast(null);
      setMessage({ text: t('popup_removed', { what: last.text }), tone: 'info' });
      remember(briefOf(await send('getClient', { id: last.clientId })));
      void refreshLosing();
    } catch (e) {
      setMessage({ text: errorText(e, t('popup_could_not_undo')), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  // The footer stays outside main: inside it, a <footer> is no contentinfo landmark.
  return (
    <>
      <main class="popup">
        <header class="popup-head">
          <h1>{t('ext_name')}</h1>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_all_clients')}
          </button>
          <OpenPanelButton />
        </header>

        <section class="popup-section" aria-labelledby="target-heading">
          <h2 id="target-heading">{candidates.length > 1 ? t('popup_log_for') : t('popup_on_this_page')}</h2>
          {screen.state === 'loading' && <p class="muted">{t('popup_looking')}</p>}
          {screen.state === 'error' && (
            <p class="popup-error" role="alert">
              {screen.message}
            </p>
          )}
          {screen.state !== 'loading' && candidates.length === 0 && (
            <p class="muted">
              {screen.state === 'ready' && screen.unknown > 0
                ? t('popup_nobody_is_client')
                : t('popup_no_client')}
            </p>
          )}
          {candidates.length === 1 && (
            <div class="target-card">
              <ClientLine client={candidates[0]!} now={now} />
            </div>
          )}
          {target && moodCheck?.clientId === target.id && <CheckInNotice name={shownName(target)} state={moodCheck.check} />}
          {target && (
            <button type="button" class="link-button" onClick={() => openBrief(target.id)}>
              {t('popup_prep_brief_for', { name: shownName(target) })}
            </button>
          )}
          {candidates.length > 1 && (
            <fieldset class="target-choice">
              <legend class="visually-hidden">{t('popup_log_for')}</legend>
              {candidates.map((c) => (
                <label key={c.id} class="target-option">
                  <input type="radio" name="target" checked={c.id === target?.id} onChange={() => choose(c)} />
                  <ClientLine client={c} now={now} />
                </label>
              ))}
            </fieldset>
          )}
          <QuickLog
            targetName={target ? shownName(target) : null}
            summary={summary}
            mood={mood}
            busy={busy}
            last={last}
            message={message}
            onSummary={setSummary}
            onMood={setMood}
            onLog={(kind) => void log(kind)}
            onUndo={() => void undo()}
          />
        </section>

        <ClientSearch
          query={query}
          onQuery={setQuery}
          results={results?.clients.map(current)}
          total={results?.total ?? 0}
          error={searchError}
          selectedId={target?.id}
          onChoose={choose}
          now={now}
          inputRef={searchRef}
        />

        <DeadlineAlerts data={alerts} error={alertsError} now={now} onOpen={openBrief} />

        <CheckInList data={checkIns} error={checkInsError} selectedId={target?.id} now={now} onChoose={choose} />

        <LosingTouchList data={losing} error={losingError} selectedId={target?.id} onChoose={choose} />
      </main>
      <BackupFooter />
    </>
  );
}

/** One line: the nudge when a backup is due (Settings backup.remindAfterDays), else when the last was made. */
function BackupFooter() {
  const [health, setHealth] = useState<DataHealth | null>(null);
  useEffect(() => {
    send('dataHealth', { counts: false }).then(setHealth, () => setHealth(null));
  }, []);
  const line = health && backupFooter(health, Date.now());
  if (!line) return null;
  return (
    <footer class="popup-footer">
      {line.due ? (
        <a href={browser.runtime.getURL('/options.html#data')} target="_blank" rel="noopener">
          {line.text}
        </a>
      ) : (
        line.text
      )}
    </footer>
  );
}
