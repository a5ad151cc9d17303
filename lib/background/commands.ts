// The "log-call" keyboard command: log a call with the client on the active
// tab's screen, without opening anything. The content script is asked for its
// screen (the same answer the popup gets); the background resolves it.
import * as clients from '../db/repos/clients';
import * as interactions from '../db/repos/interactions';
import type { Db } from '../db/open';
import { resolveContext } from '../identity/resolver';
import { screenContextSchema } from '../messaging/protocol';
import { displayName } from '../model/display-name';
import type { ScreenContext } from '../sites/types';
import { notice, type NoticeOptions } from './notify';
import { t, tn } from '../i18n/t';

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
  /**
   * Nothing logged. `several`: more than one client on screen; `unsure`: the
   * only one was found by a bare name. Both ask the user rather than guess.
   */
  | { ok: false; reason: 'no-screen' | 'no-client' | 'several' | 'unsure'; names?: string[] };

export async function logCallFromTab(deps: { db: Db; now: number; tabs: TabsApi }, tabId?: number): Promise<LogCallResult> {
  const context = await screenContextOf(deps.tabs, tabId);
  if (!context) return { ok: false, reason: 'no-screen' };
  const { matches } = await resolveContext(context, (key) => clients.clientsByKey(deps.db, key));
  const names = matches.map((m) => displayName(m.client));
  if (!matches.length) return { ok: false, reason: 'no-client', names };
  // Never the first of several, never a name-only guess: the user chooses.
  if (matches.length > 1) return { ok: false, reason: 'several', names };
  const only = matches[0]!;
  if (only.nameOnly) return { ok: false, reason: 'unsure', names };
  const logged = await interactions.logInteraction(deps.db, {
    clientId: only.client.id,
    kind: 'call',
    at: deps.now,
    summary: '',
    source: 'shortcut',
  });
  return { ok: true, clientId: only.client.id, interactionId: logged.id, name: displayName(only.client) };
}

const WHY: Record<Exclude<LogCallResult, { ok: true }>['reason'], (names: string[]) => string> = {
  'no-screen': () => t('errors_call_no_screen'),
  'no-client': () => t('errors_call_no_client'),
  several: (names) => tn('errors_call_several', names.length, { names: names.join(', ') }),
  unsure: (names) => t('errors_call_unsure', { name: names[0] ?? '' }),
};

export function logCallNotice(r: LogCallResult, withUndo: boolean): { id: string; options: NoticeOptions } {
  if (r.ok) {
    return {
      id: `${LOG_CALL_NOTICE}:${r.clientId}:${r.interactionId}`,
      options: notice('Rapport', t('errors_call_logged', { name: r.name }), withUndo ? [{ title: t('popup_undo') }] : undefined),
    };
  }
  return { id: LOG_CALL_NOTICE, options: notice(t('errors_call_not_logged_title'), WHY[r.reason](r.names ?? [])) };
}

/** Parses a notification id made by logCallNotice. */
export function parseLogCallNotice(id: string): { clientId: string; interactionId: string } | null {
  const [head, clientId, interactionId] = id.split(':');
  return head === LOG_CALL_NOTICE && clientId && interactionId ? { clientId, interactionId } : null;
}
