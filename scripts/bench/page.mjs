// The bench's side of the Gmail test page: finding the sidebar's closed shadow
// root over CDP, watching it with a MutationObserver on the page's own
// timeline, simulating Gmail's in-app navigation, and a Gmail-like mutation
// storm. Functions passed to page.evaluate / Runtime.callFunctionOn must be
// self-contained.

export const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const MARIA = 'maria.alvarez@alvarezbakery.com';
const THREAD_ID = '19a3f0c2d1e4b5dc';

/** The fixture thread, written by someone else (as tests/e2e/gmail.spec.ts's asSender), with its own thread id. */
export function asSender(html, email, name, threadHex) {
  const attr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return html
    .replaceAll(MARIA, email)
    .replaceAll('Maria Alvarez', attr(name))
    .replaceAll('luis@alvarezbakery.com', `assistant@${email.split('@')[1]}`)
    .replaceAll(THREAD_ID, threadHex);
}

/** Serves whatever `current()` returns for every Gmail document request; nothing touches the network. */
export async function serveGmail(context, current) {
  await context.route('https://mail.google.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current() })
      : route.fulfill({ status: 404, body: '' }),
  );
}

const TEXT = `function() {
  let s = '';
  for (const e of this.children) if (e.tagName !== 'STYLE') s += e.textContent + '\\n';
  return s;
}`;

/**
 * A CDP handle on the sidebar page's root element (#app), inside its frame: the
 * sidebar is an extension page framed in a closed shadow root, so the bench
 * attaches to that frame (an out-of-process frame has a CDP target of its own).
 */
export async function sidebarRoot(page, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) {
      const cdp = await page.context().newCDPSession(frame);
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: "document.getElementById('app')", objectGroup: 'rapport-bench' });
        if (result.objectId) return { cdp, objectId: result.objectId };
      } catch {
        // The frame is still loading: try again.
      }
      await cdp.detach().catch(() => {});
    }
    if (Date.now() > deadline) throw new Error('The Rapport sidebar frame never appeared on the Gmail page.');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function callOn(cdp, objectId, fn, args = []) {
  const r = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails) throw new Error(`in the sidebar's shadow root: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value;
}

export const sidebarText = (cdp, objectId) => callOn(cdp, objectId, TEXT);

/** Waits (polling, outside any timed section) until the sidebar's text contains `needle`. */
export async function waitForSidebarText(page, needle, timeout = 15_000) {
  const { cdp, objectId } = await sidebarRoot(page, { timeout });
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const t = await sidebarText(cdp, objectId);
      if (t.includes(needle)) return t;
      if (Date.now() > deadline) throw new Error(`The sidebar never showed “${needle}”. It shows:\n${t.trim().slice(0, 600)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Installed on the sidebar's root (`this`, in its frame) before each
 * navigation. Records `busy` — the first moment the sidebar's body turns
 * aria-busy (it asked the background itself) — and `shown` — the first moment
 * its text contains the expected name, and posts both to the page. The page
 * and the frame keep separate clocks, so times are absolute
 * (performance.timeOrigin + now) on both sides. textContent, not innerText: no forced layout.
 */
export const INSTALL_WATCH = `function(expected) {
  const root = this;
  const text = () => { let s = ''; for (const e of root.children) if (e.tagName !== 'STYLE') s += e.textContent + '\\n'; return s; };
  const at = () => performance.timeOrigin + performance.now();
  window.__rpObs?.disconnect();
  let busy = null;
  const obs = (window.__rpObs = new MutationObserver(() => {
    if (busy === null && root.querySelector('[aria-busy="true"]')) busy = at();
    if (text().includes(expected)) {
      const shown = at();
      obs.disconnect();
      parent.postMessage({ rpBench: { busy, shown } }, '*');
    }
  }));
  obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  return text().includes(expected);
}`;

/**
 * Gmail's in-app navigation (as tests/e2e/gmail.spec.ts's navigateInApp): parse
 * the next thread, then — timed from here — hide the current view under
 * div.aeF, insert the next one, change the hash. Like Gmail, keep only a few
 * cached views.
 */
export function swapThread([next, hash]) {
  const doc = new DOMParser().parseFromString(next, 'text/html');
  const visible = [...doc.querySelectorAll('div.aeF > div')].find((v) => !v.style.display);
  const node = document.importNode(visible, true);
  const views = document.querySelector('div.aeF');
  let resolve;
  const done = new Promise((r) => (resolve = r));
  const onMessage = (e) => {
    if (!e.data?.rpBench) return;
    removeEventListener('message', onMessage);
    resolve(e.data.rpBench);
  };
  addEventListener('message', onMessage);
  window.__rpBench = { t0: performance.timeOrigin + performance.now(), busy: null, shown: null, done };
  for (const v of views.children) v.style.display = 'none';
  while (views.children.length > 6) views.children[1].remove();
  views.append(node);
  document.title = doc.title;
  location.hash = hash;
}

/** Resolves when the watched name shows, or after `timeout` ms; returns the timings (absolute ms). */
export function awaitShown(timeout) {
  const b = window.__rpBench;
  return Promise.race([b.done, new Promise((r) => setTimeout(r, timeout))]).then((seen) => ({ t0: b.t0, busy: seen?.busy ?? null, shown: seen?.shown ?? null }));
}

/**
 * A Gmail-like mutation storm: `batches` batches at `perSecond`, each doing
 * what Gmail's re-renders do — class and inline-style toggles on the open
 * thread, list rows replaced in the (hidden) inbox view, hovercards added and
 * removed inside div.aeF, message bodies re-rendered with the same content,
 * and churn elsewhere (left-nav counters, chat roster). Deterministic from
 * `seed`, and it never changes who is on screen. A fixed number of batches
 * (not a fixed time), so a slower variant cannot get away with doing less.
 */
export async function storm({ batches, perSecond, seed }) {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const aeF = document.querySelector('div.aeF');
  const thread = [...aeF.children].find((v) => !v.style.display);
  const tbody = aeF.querySelector('tbody');
  const headers = [...thread.querySelectorAll('.gE, .hb, .g3')];
  const items = [...thread.querySelectorAll('[role=listitem], .gs, .ajy')];
  const bodies = [...thread.querySelectorAll('.a3s')];
  const list = thread.querySelector('[role=list]');

  // Outside div.aeF: a left nav with counters and a chat roster, as Gmail has.
  const side = document.createElement('div');
  side.className = 'aeN';
  side.innerHTML = Array.from({ length: 12 }, (_, i) => `<div class="aim"><a class="J-Ke n0" href="#label/L${i}">Label ${i}</a><span class="bsU">${i}</span></div>`).join('');
  document.body.prepend(side);
  const counters = [...side.querySelectorAll('.bsU')];
  const navRows = [...side.querySelectorAll('.aim')];
  const chat = document.createElement('div');
  chat.className = 'akc';
  document.body.append(chat);

  const row = (i) => {
    const tr = document.createElement('tr');
    tr.className = `zA ${i % 2 ? 'yO' : 'zE'}`;
    tr.innerHTML = `<td class="yX xY"><div class="yW"><span class="bA4"><span class="zF" email="sender${i}@example.com" name="Sender ${i}">Sender ${i}</span></span></div></td><td class="xY a4W"><div class="xS"><span class="bog"><span data-thread-id="#thread-f:${1850120471322014172n + BigInt(i)}">Subject line ${i}</span></span></div></td><td class="xW xY"><span title="Nov ${1 + (i % 28)}, 2026">${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM</span></td>`;
    return tr;
  };
  for (let i = 0; i < 25; i++) tbody.append(row(i));

  const added = [];
  const roster = [];
  const start = performance.now();
  for (let i = 0; i < batches; i++) {
    const wait = start + (i * 1000) / perSecond - performance.now();
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    // Inside div.aeF: classes and inline styles on the open thread (hover, focus, highlight).
    for (let k = 0; k < 3; k++) pick(headers).classList.toggle('bq9');
    for (let k = 0; k < 2; k++) {
      const el = pick(items);
      el.style.backgroundColor = rnd() < 0.5 ? '' : '#f2f6fc';
      el.style.opacity = rnd() < 0.5 ? '' : '0.98';
    }
    // Inbox list rows re-rendered (the hidden inbox view is live in Gmail too).
    const rows = tbody.children;
    rows[1 + Math.floor(rnd() * (rows.length - 1))].replaceWith(row(i + 100));
    // Hovercards / tooltips come and go inside the thread.
    const card = document.createElement('div');
    card.className = 'T-ays';
    card.setAttribute('role', 'tooltip');
    card.textContent = `Tooltip ${i}`;
    list.append(card);
    added.push(card);
    if (added.length > 4) added.shift().remove();
    // Every half second: one message body re-rendered with the same content.
    if (i % 30 === 0) {
      const b = pick(bodies);
      const html = b.innerHTML;
      b.innerHTML = html;
    }
    // Elsewhere: counters, nav highlight, chat roster.
    pick(counters).textContent = String(Math.floor(rnd() * 40));
    pick(navRows).classList.toggle('nZ');
    const who = document.createElement('div');
    who.className = 'akd';
    who.innerHTML = `<span class="akn">Contact ${i}</span><span class="aky" style="background:${rnd() < 0.5 ? '#0f9d58' : '#ccc'}"></span>`;
    chat.append(who);
    roster.push(who);
    if (roster.length > 15) roster.shift().remove();
    if (i % 6 === 0) document.title = `Inbox (${i % 50}) - jordan.lee@leelaw.com - Gmail`;
  }
  return { batches, ms: performance.now() - start };
}

/**
 * An init script (context.addInitScript) for the sidebar's own load: in the
 * sidebar frame only, before its scripts run, it records when the client's
 * card first holds a name and when that frame has been painted (the first
 * animation frame after it, then a task: the paint has happened by then), and
 * the frame's first contentful paint. Times are ms from the frame's navigation
 * start (its performance.timeOrigin, kept too, to place it on the page's
 * timeline). Results in window.__rpFrameLoad.
 */
export function frameLoadWatch() {
  if (location.protocol !== 'chrome-extension:' && location.protocol !== 'moz-extension:') return;
  if (!location.pathname.endsWith('/sidebar.html')) return;
  const out = (window.__rpFrameLoad = { origin: performance.timeOrigin, fcp: null, cardSeen: null, cardPainted: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') out.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const named = () => document.querySelector('.rp-card .rp-name')?.textContent?.trim();
  const seen = () => {
    if (out.cardSeen !== null || !named()) return false;
    out.cardSeen = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (out.cardPainted = performance.now());
      ch.port2.postMessage(0);
    });
    return true;
  };
  const obs = new MutationObserver(() => seen() && obs.disconnect());
  obs.observe(document, { subtree: true, childList: true, characterData: true });
}
