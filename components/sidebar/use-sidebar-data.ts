import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { ClientContextReply, ClientView } from '../../lib/messaging/protocol';
import type { ScreenContext } from '../../lib/sites/types';
import { contextKey } from '../../lib/sites/context-key';
import { displayName } from '../../lib/model/display-name';
import { problem, type Ops, type Problem } from './ui';
import { t } from '../../lib/i18n/t';

/** A reply the background looked up for a context before the sidebar asked (the screen push carries it). */
export interface Prefetched {
  key: string;
  reply: ClientContextReply;
}

/**
 * The sidebar's data: who is on screen (fetched when the context key changes,
 * stale replies dropped) and the queue that writes changes back.
 */
export function useSidebarData(context: ScreenContext | null, send: typeof realSend, now: () => number, refreshKey = 0, initial?: Prefetched) {
  const [reply, setReply] = useState<ClientContextReply | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');

  // Refs, not state, for what async work must read at the moment it runs.
  const latest = useRef<ClientContextReply | null>(null);
  const ctx = useRef(context);
  ctx.current = context;
  const seq = useRef(0);
  const inFlight = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Each prefetched reply is used once, for its own context, instead of a request. */
  const usedInitial = useRef<Prefetched | undefined>(undefined);
  const offered = useRef(initial);
  offered.current = initial;

  const put = (r: ClientContextReply | null) => {
    latest.current = r;
    setReply(r);
  };

  /**
   * Ask who is on screen; a reply to anything but the newest request is dropped.
   * `prefetched`: a new screen, which the reply the hub sent with it may answer.
   */
  const ask = (prefetched: boolean) => {
    const mine = ++seq.current;
    const c = ctx.current;
    setError(null);
    if (!c) {
      inFlight.current = false;
      setLoading(false);
      return put(null);
    }
    const pre = offered.current;
    if (prefetched && pre && pre !== usedInitial.current && pre.key === contextKey(c)) {
      usedInitial.current = pre;
      inFlight.current = false;
      setLoading(false);
      return put(pre.reply);
    }
    inFlight.current = true;
    setLoading(true);
    send('getClientContext', { context: c }).then(
      (r) => mine === seq.current && put(r),
      (e) => {
        if (mine !== seq.current) return;
        // Don't leave the previous conversation's client up as if it were this one's.
        put(null);
        setError(problem(e));
      },
    ).finally(() => {
      if (mine !== seq.current) return;
      inFlight.current = false;
      setLoading(false);
    });
  };

  /** Asks the background, whatever the hub sent: after a write, or when something went wrong. */
  const load = () => ask(false);

  const key = contextKey(context);
  const asked = useRef<{ key: string; refreshKey: number } | undefined>(undefined);
  // Ask as soon as the new context is rendered, not after the next paint: this is the hot path.
  useLayoutEffect(() => {
    const prev = asked.current;
    asked.current = { key, refreshKey };
    // The hub's reply answers a new screen only. After a write elsewhere (refreshKey)
    // it may be one the hub looked up before the write, pushed again with the
    // same screen since: the background is asked.
    ask(!prev || (prev.key !== key && prev.refreshKey === refreshKey));
  }, [key, refreshKey]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const applyView = (v: ClientView) => {
    const r = latest.current;
    // Why the client is on screen does not change with an edit: keep it from the lookup.
    if (r?.matches.some((m) => m.client.id === v.client.id))
      put({ ...r, matches: r.matches.map((m) => (m.client.id === v.client.id ? { ...v, matchedOn: m.matchedOn, ...(m.nameOnly ? { nameOnly: m.nameOnly } : {}) } : m)) });
    // A lookup that started before this change may answer with older data: ask again.
    if (inFlight.current) load();
  };

  /** Runs mutations one at a time; each builds its request from the newest view when its turn comes. */
  const enqueue = (job: () => Promise<void>): Promise<void> => {
    const run = queue.current.then(job).catch((e) => {
      // Someone else changed the client: show the current state; the form keeps the user's text.
      if ((e as { code?: string })?.code === 'conflict') load();
      throw e;
    });
    queue.current = run.catch(() => {});
    return run;
  };

  const ops: Ops = {
    now,
    status: setStatus,
    // `change` sees the newest copy of the client and may refuse it (an
    // EditConflict) when a field it edits moved on since its editor opened.
    // The copy it sends carries that copy's version; if the stored record is
    // newer still, the stored one is fetched and `change` judges again.
    update: (id, change) =>
      enqueue(async () => {
        for (let attempt = 0; ; attempt++) {
          const v = latest.current?.matches.find((m) => m.client.id === id);
          if (!v) throw new Error(t('sidebar_not_on_screen'));
          const next = change(v.client);
          try {
            applyView(await send('updateClient', { client: next }));
            return;
          } catch (e) {
            if ((e as { code?: string })?.code !== 'conflict' || attempt > 0) throw e;
            applyView(await send('getClient', { id }));
          }
        }
      }),
    log: (interaction) =>
      enqueue(async () => applyView((await send('logInteraction', { interaction })).view)),
  };

  const created = (v: ClientView) => {
    const r = latest.current;
    const emails = v.client.emails ?? [];
    // Show the new client at once, then ask the background for the whole picture.
    put({
      ...(r ?? {}),
      matches: [...(r?.matches ?? []).filter((m) => m.client.id !== v.client.id), v],
      unknown: (r?.unknown ?? []).filter((u) => !emails.includes(u.email.toLowerCase())),
    });
    setSelected(v.client.id);
    setStatus(t('sidebar_added', { name: displayName(v.client) }));
    load();
  };

  return { reply, loading, error, status, selected, setSelected, load, ops, created };
}
