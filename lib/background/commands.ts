// The "log-call" keyboard command: log a call with the client on the active
// tab's screen, without opening anything. The content script is asked for its
// screen (the same answer the popup gets); the background resolves it.
import * as clients from '../db/repos/clients';
import * as interactions from '../db/repos/interactions';
import type { Db } from '../db/open';
import { resolveContext } from '../identity/resolver';
import { screenContextSchema } from '../messaging/protocol';
import { displayName } from '../model/client';
import type { ScreenContext } from '../sites/types';
import { notice, type NoticeOptions } from './notify';

export const LOG_CALL_COMMAND = 'log-call';
/** Notification ids: `log-call:<clientId>:<interactionId>` after a log, so Undo and click survive a worker restart. */
export const LOG_CALL_NOTICE = 'log-call';

export interface TabsApi {
  query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** The screen of `tabId` (or the active tab), or null when no content script of ours answers there. */
export async function screenContextOf(tabs: TabsApi, tabId?: number): Promise<ScreenContext | null> {
  const id = tabId ?? (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return null;
  const raw = await tabs.sendMessage(id, { type: 'getScreenContext' }).catch(() => null);
  // A content script from an older version can outlive an update: validate like any message.
  const parsed = screenContextSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type LogCallResult =
  | { ok: true; clientId: string; interactionId: string; name: string }
  | { ok: false; reason: 'no-screen' | 'no-client' };

export async function logCallFromTab(deps: { db: Db; now: number; tabs: TabsApi }, tabId?: number): Promise<LogCallResult> {
  const context = await screenContextOf(deps.tabs, tabId);
  if (!context) return { ok: false, reason: 'no-screen' };
  const { matches } = await resolveContext(context, (key) => clients.clientsByKey(deps.db, key));
  // The resolver lists senders first: in a thread, the person who wrote.
  const first = matches[0];
  if (!first) return { ok: false, reason: 'no-client' };
  const logged = await interactions.logInteraction(deps.db, {
    clientId: first.client.id,
    kind: 'call',
    at: deps.now,
    summary: '',
    source: 'shortcut',
  });
  return { ok: true, clientId: first.client.id, interactionId: logged.id, name: displayName(first.client) };
}

export function logCallNotice(r: LogCallResult, withUndo: boolean): { id: string; options: NoticeOptions } {
  if (r.ok) {
    return {
      id: `${LOG_CALL_NOTICE}:${r.clientId}:${r.interactionId}`,
      options: notice('Rapport', `Logged a call with ${r.name}`, withUndo ? [{ title: 'Undo' }] : undefined),
    };
  }
  return {
    id: LOG_CALL_NOTICE,
    options: notice(
      'Rapport: no call logged',
      r.reason === 'no-screen'
        ? 'No client on this page. Open Rapport from the toolbar to choose one.'
        : 'Nobody on this page is a client. Open Rapport from the toolbar to choose one.',
    ),
  };
}

/** Parses a notification id made by logCallNotice. */
export function parseLogCallNotice(id: string): { clientId: string; interactionId: string } | null {
  const [head, clientId, interactionId] = id.split(':');
  return head === LOG_CALL_NOTICE && clientId && interactionId ? { clientId, interactionId } : null;
}
