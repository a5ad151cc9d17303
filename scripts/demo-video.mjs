// The demo's video of the main flow: a client's Gmail thread opened from the
// inbox → the sidebar shows who they are → a call logged in the toolbar popup
// → the call in the sidebar → badges on a portal, one clicked → the client in
// the portal's sidebar. Written to demo-screenshots/main-flow.mp4.
//
// Playwright's own video recording (recordVideo) needs Playwright's ffmpeg
// build, a separate download this project cannot count on. Instead each page's
// frames come from Playwright's screencast (JPEG frames with the time Chromium
// captured them), and the system's ffmpeg encodes them: the popup's frames are
// drawn over the thread it was opened on, as the browser shows a popup, title
// cards name each step, and the clips are joined into one 1280×800 H.264 MP4.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VIDEO_SIZE = { width: 1280, height: 800 };
const FPS = 25;
/** Seconds at most between two frames: the film shows the flow, not the machine's waiting. */
const STEP = 0.15;
/** Milliseconds without a new frame before a hold rests, and at most to wait for its frame. */
const QUIET = 800;
const SETTLE = 3500;
/** The browser window every page is shown in (the video is this, scaled to VIDEO_SIZE). */
const WINDOW = { width: 1600, height: 1000 };

/** The ffmpeg to encode with (FFMPEG_PATH, else the one on PATH), or null when there is none. */
export function findFfmpeg() {
  const bin = process.env.FFMPEG_PATH || 'ffmpeg';
  const r = spawnSync(bin, ['-hide_banner', '-version'], { stdio: 'ignore' });
  return r.error || r.status !== 0 ? null : bin;
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy: a state on screen, never a fixed wait. */
export async function until(what, check, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`The demo never saw ${what}`);
    await pause(100);
  }
}

/**
 * A film of clips, each one page's screencast. Its pace is set here, not by
 * how busy the machine was: frames are laid out by the time Chromium captured
 * them, at most STEP seconds apart (typing, a page filling in), and the film
 * rests only where the script says `hold` — on the frame the page showed then.
 */
class Film {
  clips = [];

  /**
   * Records `page` while `act(hold)` runs; `act` calls `await hold(seconds)`
   * once the page shows what the viewer should look at.
   * `over` ({ width, height, behind }): the page's top-left box of that size
   * is drawn over the page `behind` as it looks now (the popup, over its tab).
   */
  async record(page, act, { over = null } = {}) {
    const frames = [];
    const holds = [];
    // A screenshot, not a screencast frame: it is the page as it is now, without the title cards.
    const background = over && (await over.behind.screenshot({ type: 'jpeg', quality: 85 }));
    await page.screencast.start({ size: WINDOW, quality: 85, onFrame: ({ data, timestamp }) => frames.push({ data, at: timestamp }) });
    try {
      await act(async (seconds) => {
        // What was just waited for is in the DOM; it is painted and captured a
        // moment later, seconds later on a busy machine. Rest once a frame
        // captured since has come and no other for a while — or, when the
        // change was painted before this was called, after SETTLE.
        const from = Date.now();
        let seen = frames.length;
        let changed = from;
        while (Date.now() - from < SETTLE) {
          await pause(100);
          if (frames.length !== seen) [seen, changed] = [frames.length, Date.now()];
          else if (Date.now() - changed >= QUIET && frames.some((f) => f.at > from)) break;
        }
        holds.push({ at: Date.now(), seconds });
      });
      // Frames reach us late on a busy machine: wait for the one captured after the last hold, or a while.
      const last = holds.at(-1)?.at ?? Date.now();
      await until('the last frames', async () => frames.some((f) => f.at >= last), 3000).catch(() => {});
    } finally {
      await page.screencast.stop();
    }
    if (!frames.length) throw new Error(`No frames recorded from ${page.url()}`);
    frames.sort((x, y) => x.at - y.at);
    for (const [i, f] of frames.entries()) {
      const next = frames[i + 1]?.at ?? Infinity;
      f.seconds = Math.min(STEP, (next - f.at) / 1000);
      // A hold rests on the frame showing at its moment.
      for (const h of holds) if (h.at >= f.at && h.at < next) f.seconds += h.seconds;
      f.seconds = Math.max(1 / FPS, f.seconds);
    }
    this.clips.push({ frames, over, background });
  }

  /** Encodes the film to `file` (.mp4). Returns what ffprobe says of it. */
  encode(ffmpeg, file) {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-film-'));
    try {
      const parts = [];
      this.clips.forEach((clip, c) => {
        const list = [];
        let last = '';
        clip.frames.forEach((f, i) => {
          const name = `c${c}-${String(i).padStart(5, '0')}.jpg`;
          writeFileSync(path.join(dir, name), f.data);
          list.push(`file '${name}'`, `duration ${f.seconds.toFixed(3)}`);
          last = name;
        });
        // The concat demuxer takes the last entry's duration only when the file is named once more.
        list.push(`file '${last}'`);
        writeFileSync(path.join(dir, `c${c}.txt`), `ffconcat version 1.0\n${list.join('\n')}\n`);
        const part = path.join(dir, `c${c}.mp4`);
        const fit = `scale=${VIDEO_SIZE.width}:${VIDEO_SIZE.height}:force_original_aspect_ratio=decrease,pad=${VIDEO_SIZE.width}:${VIDEO_SIZE.height}:(ow-iw)/2:(oh-ih)/2:color=0x2b2f36`;
        const encode = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '22', '-pix_fmt', 'yuv420p', '-r', String(FPS)];
        if (clip.background) writeFileSync(path.join(dir, `c${c}-behind.jpg`), clip.background);
        const args =
          clip.over
            ? // The popup at the top right of the window, over the page it was opened on, as the browser shows it.
              ['-loop', '1', '-i', path.join(dir, `c${c}-behind.jpg`), '-f', 'concat', '-safe', '0', '-i', path.join(dir, `c${c}.txt`),
                '-filter_complex', `[0:v]${fit}[bg];[1:v]crop=${clip.over.width}:${clip.over.height}:0:0,scale=${Math.round((clip.over.width * VIDEO_SIZE.width) / WINDOW.width)}:-2,pad=iw+2:ih+2:1:1:color=0x8e99a8[popup];[bg][popup]overlay=W-w-20:6:shortest=1,fps=${FPS}`, ...encode, part]
            : ['-f', 'concat', '-safe', '0', '-i', path.join(dir, `c${c}.txt`), '-vf', `${fit},fps=${FPS}`, ...encode, part];
        run(ffmpeg, ['-y', '-loglevel', 'error', ...args]);
        parts.push(part);
      });
      writeFileSync(path.join(dir, 'parts.txt'), parts.map((p) => `file '${p}'`).join('\n') + '\n');
      run(ffmpeg, ['-y', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', path.join(dir, 'parts.txt'), '-c', 'copy', '-movflags', '+faststart', file]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return probe(ffmpeg, file);
  }
}

function run(bin, args) {
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.slice(0, 6).join(' ')} … failed: ${r.stderr || r.error?.message}`);
}

/** Duration, frame count and size of the video, from the ffprobe beside ffmpeg (null when there is none). */
function probe(ffmpeg, file) {
  const ffprobe = ffmpeg.includes('/') ? path.join(path.dirname(ffmpeg), 'ffprobe') : 'ffprobe';
  const r = spawnSync(ffprobe, ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=width,height,nb_read_frames:format=duration', '-of', 'json', file], {
    encoding: 'utf8',
  });
  if (r.status !== 0) return null;
  const j = JSON.parse(r.stdout);
  const s = j.streams?.[0] ?? {};
  return { seconds: Number(j.format?.duration), frames: Number(s.nb_read_frames), width: s.width, height: s.height };
}

/** The sidebar frame in `page` once it shows `text`. */
const sidebarShowing = (page, text) =>
  until(`the sidebar showing “${text}”`, async () => {
    const f = page.frames().find((x) => x.url().includes('/sidebar.html'));
    return f && (await f.evaluate((t) => document.body.innerText.includes(t), text)) && f;
  });

/** The middle of the page's first Rapport badge, once there is one (its root is closed: found through CDP, as DevTools does). */
async function firstBadge(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    const q = await until('a badge on the portal', async () => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const stack = [root];
      while (stack.length) {
        const n = stack.pop();
        if (n.attributes?.includes('data-rapport-badge') && n.shadowRoots?.length) {
          const button = n.shadowRoots[0].children?.find((c) => c.nodeName === 'BUTTON');
          if (button) return (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })).model.content;
        }
        // Document order: the first badge is the top row's.
        stack.push(...[...(n.shadowRoots ?? []), ...(n.children ?? [])].reverse());
      }
      return null;
    });
    return { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2 };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const escapeHtml = (t) => t.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A title card over the page, held for the viewer, then taken away. It is a
 * Playwright screencast overlay: in the recording only, never in the page's
 * DOM that Rapport reads.
 */
async function chapter(page, hold, title, description) {
  const card = await page.screencast.showOverlay(
    '<div style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(20,24,30,.35)">' +
      '<div style="max-width:620px;padding:32px 48px;border-radius:14px;background:#1d2229;color:#e6e9ed;font:16px/1.5 system-ui,sans-serif;text-align:center;box-shadow:0 10px 40px rgba(0,0,0,.35)">' +
      `<div style="font-size:30px;font-weight:650;color:#fff">${escapeHtml(title)}</div><div style="margin-top:10px;color:#b9c3cf">${escapeHtml(description)}</div></div></div>`,
  );
  await hold(2.4);
  await card.dispose();
  await hold(0);
}

/**
 * Runs the main flow on the bundled pages and records it. `serve(glob, html)`
 * routes a host to a test page; `fixture(rel)` reads one.
 */
export async function recordMainFlow({ context, sw, extensionId, serve, fixture, ffmpeg, file }) {
  const film = new Film();
  const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
  // Not the screenshots' thread address: the popup below is for this tab.
  const THREAD_HASH = '#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXy';
  const thread = fixture('gmail/thread-several-messages.2026-11.html');

  // 1. The inbox, then Maria's thread opened from it. Gmail swaps the view in
  // place and changes the hash (an in-app navigation); so does this page.
  await serve('https://mail.google.com/**', fixture('gmail/inbox-list.2026-11.html'));
  const gmail = await context.newPage();
  await gmail.setViewportSize(WINDOW);
  await gmail.bringToFront();
  await gmail.goto(INBOX);
  await sidebarShowing(gmail, 'Open a conversation');
  await film.record(gmail, async (hold) => {
    await chapter(gmail, hold, 'A client writes', 'Open their thread in Gmail: Rapport shows who they are, beside the mail');
    const row = gmail.locator('tr.zA', { hasText: 'Lease renewal' });
    const box = await row.boundingBox();
    await gmail.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 15 });
    await row.click();
    await gmail.evaluate(
      ([next, hash]) => {
        const doc = new DOMParser().parseFromString(next, 'text/html');
        const views = document.querySelector('div.aeF');
        for (const v of views.children) v.style.display = 'none';
        const shown = [...doc.querySelectorAll('div.aeF > div')].find((v) => !v.style.display);
        views.append(document.importNode(shown, true));
        document.title = doc.title;
        location.hash = hash;
      },
      [thread, THREAD_HASH],
    );
    await sidebarShowing(gmail, 'Sofia plays club soccer');
    await hold(3.5);
    await chapter(gmail, hold, 'Log the call', 'One click in the toolbar popup, with a line and a mood');
  });

  // 2. The toolbar popup over the thread: a call logged with a line and a mood.
  // The tab whose content script reads this thread's address (the extension may not read tabs' addresses itself).
  const tabId = await sw.evaluate(async (hash) => {
    for (const tab of await chrome.tabs.query({})) {
      const screen = await chrome.tabs.sendMessage(tab.id, { type: 'getScreenContext' }).catch(() => null);
      if (screen?.url?.endsWith(hash)) return tab.id;
    }
    return undefined;
  }, THREAD_HASH);
  if (tabId === undefined) throw new Error('The recorded Gmail tab does not answer as showing the thread');
  // In a window the size of the others (resizing one resizes headless Chromium's shared window):
  // the popup page lays itself out 360 px wide, at most 600 high, as in the toolbar; that box is what is drawn.
  const popup = await context.newPage();
  await popup.setViewportSize(WINDOW);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await until('the popup’s client', () => popup.evaluate(() => document.body.innerText.includes('Maria Alvarez')));
  await film.record(
    popup,
    async (hold) => {
      await hold(1);
      await popup.getByLabel('Summary').fill('Agreed the mediation date');
      await popup.getByLabel('Mood').selectOption({ label: 'Pleased' });
      await hold(0.8);
      await popup.getByRole('button', { name: 'Call', exact: true }).click();
      await until('the call logged', () => popup.evaluate(() => document.body.innerText.includes('Logged: Call with')));
      await hold(2.5);
    },
    { over: { width: 360, height: 600, behind: gmail } },
  );
  await popup.close();

  // 3. Back in the thread: the call is in the sidebar's interactions.
  await gmail.bringToFront();
  const side = await sidebarShowing(gmail, 'Agreed the mediation date');
  await film.record(gmail, async (hold) => {
    await chapter(gmail, hold, 'Always up to date', 'The call, its mood and the last contact, in the sidebar');
    await side.evaluate(() => {
      const hit = [...document.querySelectorAll('#app li, #app p')].find((e) => e.textContent.includes('Agreed the mediation date'));
      hit?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    });
    await until('the call in view', () =>
      side.evaluate(() => {
        const hit = [...document.querySelectorAll('#app li, #app p')].find((e) => e.textContent.includes('Agreed the mediation date'));
        const r = hit?.getBoundingClientRect();
        return r && r.top >= 0 && r.bottom <= innerHeight;
      }),
    );
    await hold(3.5);
  });

  // 4. A portal's order list: badges beside the client's case numbers; one clicked opens the sidebar there.
  await serve('https://app.onelegal.com/**', fixture('efiling/one-legal-orders.2026-11.html'));
  const portal = await context.newPage();
  await portal.setViewportSize(WINDOW);
  await portal.bringToFront();
  await portal.goto('https://app.onelegal.com/orders?status=all');
  const badge = await firstBadge(portal);
  await film.record(portal, async (hold) => {
    await chapter(portal, hold, 'On the e-filing portal', 'A badge beside each client’s case number; click one to see the client');
    await hold(1.5);
    await portal.mouse.move(badge.x, badge.y, { steps: 12 });
    await portal.mouse.click(badge.x, badge.y);
    await sidebarShowing(portal, 'Sofia plays club soccer');
    await hold(3.5);
  });

  return film.encode(ffmpeg, file);
}
