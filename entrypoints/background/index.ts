import { browser } from 'wxt/browser';
import { connect } from '../../lib/db/open';
import { handlers, type Env } from '../../lib/messaging/handlers';
import { route } from '../../lib/messaging/router';
import { wireKeepInTouch } from '../../lib/background/keep-in-touch';
import { wirePortals } from '../../lib/background/portals';

export default defineBackground(() => {
  // Opened now, so the first message finds it opening; reopened by the next request if it is ever lost.
  const db = connect();
  void db.get().catch((e) => console.error('[rapport] could not open the database', e));
  const env = async (): Promise<Env> => ({ db: await db.get(), now: Date.now });

  // Badge, daily reminder alarm, log-call command, notification clicks.
  const keepInTouch = wireKeepInTouch(env);
  // User-added portals: registrations kept in step with permissions; the portal sidebar injected on request.
  wirePortals(() => db.get());

  const dispatch = async (raw: unknown, sender: { id?: string }) => {
    const reply = await route(raw, sender, browser.runtime.id, handlers, await env());
    keepInTouch.afterMessage(raw, reply);
    return reply;
  };

  // Register synchronously so a message that wakes the worker is not missed.
  // Returning true and calling sendResponse works in Chrome, Firefox and WXT's
  // fake browser alike.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    dispatch(raw, sender).then(sendResponse, (e) => {
      console.error('[rapport] dispatch failed', e);
      sendResponse({ ok: false, error: { code: 'internal', message: 'Rapport could not complete that. Nothing was changed.' } });
    });
    return true;
  });

  // For end-to-end tests and the demo: the same validated path the UI uses,
  // reachable only from inside this worker (sw.evaluate), never from a page.
  (globalThis as { rapport?: unknown }).rapport = {
    dispatch: (raw: unknown) => dispatch(raw, { id: browser.runtime.id }),
    ...keepInTouch.hooks,
  };
});
