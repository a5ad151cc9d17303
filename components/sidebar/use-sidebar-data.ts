import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { send as realSend } from '../../lib/messaging/client';
import type { ClientContextReply, ClientView } from '../../lib/messaging/protocol';
import type { ScreenContext } from '../../lib/sites/types';
import { contextKey } from '../../lib/sites/context-key';
import { nameOf, problem, type Ops, type Problem } from './ui';

/**
 * The sidebar's data: who is on screen (fetched when the context key changes,
 * stale replies dropped) and the queue that writes changes back.
 */
export function useSidebarData(context: ScreenContext | null, send: typeof realSend, now: () => number, refreshKey = 0) {
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

  const put = (r: ClientContextReply | null) => {
    latest.current = r;
    setReply(r);
  };

  /** Ask who is on screen; a reply to anything but the newest request is dropped. */
  const load = () => {
    const mine = ++seq.current;
    const c = ctx.current;
    setError(null);
    if (!c) {
      inFlight.current = false;
      setLoading(false);
      return put(null);
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

  const key = contextKey(context);
  // Ask as soon as the new context is rendered, not after the next paint: this is the hot path.
  useLayoutEffect(load, [key, refreshKey]);

  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const applyView = (v: ClientView) => {
    const r = latest.current;
    if (r?.matches.some((m) => m.client.id === v.client.id))
      put({ ...r, matches: r.matches.map((m) => (m.client.id === v.client.id ? v : m)) });
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
    update: (id, change) =>
      enqueue(async () => {
        const v = latest.current?.matches.find((m) => m.client.id === id);
        if (!v) throw new Error('This client is no longer on screen.');
        applyView(await send('updateClient', { client: change(v.client) }));
      }),
    log: (interaction) =>
      enqueue(async () => applyView((await send('logInteraction', { interaction })).view)),
  };

  const created = (v: ClientView) => {
    const r = latest.current;
    const emails = v.client.emails ?? [];
    // Show the new client at once, then ask the background for the whole picture.
    put({
      matches: [...(r?.matches ?? []).filter((m) => m.client.id !== v.client.id), v],
      unknown: (r?.unknown ?? []).filter((u) => !emails.includes(u.email.toLowerCase())),
    });
    setSelected(v.client.id);
    setStatus(`Added ${nameOf(v.client)}`);
    load();
  };

  return { reply, loading, error, status, selected, setSelected, load, ops, created };
}
