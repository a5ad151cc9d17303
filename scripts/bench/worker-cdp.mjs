// The DevTools protocol on the extension's service worker. Playwright gives
// CDP sessions for pages only, so a page's session attaches to the worker's
// target (non-flat) and relays messages to it. Used by the benches to read the
// worker's heap and to profile it.

/**
 * Opens a CDP channel to the extension's service worker. Returns `call(method,
 * params)` (resolving to the protocol's `result`), `on(event, fn)` and
 * `close()`; null when no worker is running.
 */
export async function workerSession(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target) {
    await cdp.detach().catch(() => {});
    await page.close();
    return null;
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let seq = 0;
  const pending = new Map();
  const listeners = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new Error(`${m.error.message} (${m.error.code})`));
      else p?.resolve(m.result);
    } else for (const fn of listeners.get(m.method) ?? []) fn(m.params);
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { resolve, reject });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      }),
    on(event, fn) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
    async close() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await cdp.detach().catch(() => {});
      await page.close().catch(() => {});
    },
  };
}

/**
 * Self time per function of a CPU profile (Profiler.stop's `profile`), the
 * largest first: where the worker spent its time. Idle and the program
 * itself (time outside JavaScript: IndexedDB work in the worker, the
 * structured clone) are listed by their names too.
 */
export function selfTimes(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, k) => hits.set(id, (hits.get(id) ?? 0) + (dt[k] ?? 0)));
  const totals = new Map();
  let all = 0;
  for (const [id, us] of hits) {
    const f = byId.get(id).callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    const key = `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  }
  return {
    totalMs: all / 1000,
    top: [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, ms: Math.round(us / 100) / 10, share: Math.round((1000 * us) / all) / 10 })),
  };
}
