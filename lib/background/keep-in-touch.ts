// Wiring for "keep in touch": the badge, the daily reminder alarm, the
// log-call keyboard command and notification clicks. The background calls
// wireKeepInTouch() synchronously at start-up (MV3 wakes the worker for an
// event only if its listener is registered in the first turn) and
// afterMessage() after every routed message.
import { browser } from 'wxt/browser';
import { purgeStaleJobs } from '../db/bulk';
import { purgeTrash } from '../db/repos/clients';
import { getSettings } from '../db/repos/settings';
import * as interactions from '../db/repos/interactions';
import type { Env } from '../messaging/handlers';
import type { Reply, MessageType } from '../messaging/protocol';
import { trashKeepDays, type Settings } from '../model/settings';
import { createBadge, type BadgeTarget } from './badge';
import { LOG_CALL_COMMAND, LOG_CALL_NOTICE, logCallFromTab, logCallNotice, parseLogCallNotice, type TabsApi } from './commands';
import type { NoticeOptions, NotificationsApi } from './notify';
import {
  MIDNIGHT_ALARM,
  REMINDER_ALARM,
  ensureAlarms,
  runDailyReminder,
  scheduleReminder,
  type AlarmsApi,
} from './reminders';

/** Messages after which the overdue count can differ. */
const CHANGES_BADGE = new Set<string>([
  'createClient',
  'updateClient',
  'deleteClient',
  'restoreClient',
  'logInteraction',
  'deleteInteraction',
  'importClients',
  'bulkCommit',
  'undoSnapshot',
  'logMail',
  'updateSettings',
  // Deadlines and promises: the badge counts those at risk and missed first.
  'saveDeadline',
  'completeDeadline',
  'reopenDeadline',
  'deleteDeadline',
  'updateDeadlineSettings',
]);

const DAY_MS = 86_400_000;

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi(): BadgeTarget | undefined {
  const b = browser as unknown as { action?: BadgeTarget; browserAction?: BadgeTarget };
  return b.action ?? b.browserAction;
}

const alarms = () => browser.alarms as unknown as AlarmsApi;
const notifications = () => browser.notifications as unknown as NotificationsApi;
const tabs = () => browser.tabs as unknown as TabsApi;

/** MV3 action.openPopup (Chrome 127+), MV2 browserAction.openPopup (Firefox). */
async function openPopup(): Promise<void> {
  const b = browser as unknown as { action?: { openPopup?: () => Promise<void> }; browserAction?: { openPopup?: () => Promise<void> } };
  if (b.action?.openPopup) await b.action.openPopup();
  else if (b.browserAction?.openPopup) await b.browserAction.openPopup();
}

const optionsUrl = (hash: string) => `${browser.runtime.getURL('/options.html')}#${hash}`;

export function wireKeepInTouch(env: () => Promise<Env>) {
  const badge = createBadge({ db: async () => (await env()).db, now: Date.now, target: actionApi });
  const refreshBadge = () =>
    badge.refresh().catch((e) => {
      console.error('[rapport] badge refresh failed', e);
      return 0;
    });
  // A recount is two index counts; a burst of writes folds into one rerun (badge.ts).
  const refreshBadgeSoon = () => void refreshBadge();

  /** Midnight: deletes what has been in the trash long enough, and staging nobody committed. */
  const housekeeping = async () => {
    const { db, now } = await env();
    const t = now();
    await purgeTrash(db, t - trashKeepDays(await getSettings(db)) * DAY_MS);
    await purgeStaleJobs(db, t - DAY_MS);
  };

  const reschedule = async (reminders: Settings['reminders']) => {
    await scheduleReminder(alarms(), reminders, Date.now());
  };

  let lastReminderHadDeadlines = false;
  const reminder = async (): Promise<NoticeOptions | null> => {
    const { db, now } = await env();
    const shown = await runDailyReminder({ db, now: now(), notifications: notifications() });
    lastReminderHadDeadlines = !!shown && /^(Missed|At risk): /.test(shown.message);
    void refreshBadge();
    return shown;
  };

  const logCall = async (tabId?: number): Promise<NoticeOptions> => {
    const { db, now } = await env();
    const result = await logCallFromTab({ db, now: now(), tabs: tabs() }, tabId);
    // Several clients on screen, or a name only: the popup asks whom the call
    // was with. openPopup needs the user's keystroke (a command is one) and a
    // browser that allows it; the notification says what to do either way.
    if (!result.ok && (result.reason === 'several' || result.reason === 'unsure')) await openPopup().catch(() => {});
    // Chrome shows buttons; Firefox rejects the property.
    const { id, options } = logCallNotice(result, !import.meta.env.FIREFOX);
    await notifications().clear(LOG_CALL_NOTICE).catch(() => false);
    await notifications().create(id, options);
    if (result.ok) void refreshBadge();
    return options;
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) {
      void refreshBadge();
      housekeeping().catch((e) => console.error('[rapport] trash purge failed', e));
    }
    if (alarm.name !== REMINDER_ALARM) return;
    void (async () => {
      try {
        await reminder();
        // periodInMinutes drifts by an hour across a DST change: pin the next one to the chosen hour.
        const { db } = await env();
        await reschedule((await getSettings(db)).reminders);
      } catch (e) {
        console.error('[rapport] daily reminder failed', e);
      }
    })();
  });

  browser.notifications.onClicked.addListener((id) => {
    const logged = parseLogCallNotice(id);
    if (id === REMINDER_ALARM) void browser.tabs.create({ url: optionsUrl(lastReminderHadDeadlines ? 'deadlines' : 'losing-touch') });
    else if (logged) void browser.tabs.create({ url: optionsUrl(`client=${encodeURIComponent(logged.clientId)}`) });
    else return;
    void notifications().clear(id);
  });

  // Chrome only (Firefox has no notification buttons).
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    const logged = parseLogCallNotice(id);
    if (!logged || button !== 0) return;
    void (async () => {
      const { db } = await env();
      await interactions.deleteInteraction(db, logged.interactionId, { clientId: logged.clientId }).catch(() => {});
      await notifications().clear(id);
      void refreshBadge();
    })();
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== LOG_CALL_COMMAND) return;
    logCall(tab?.id).catch((e) => console.error('[rapport] log-call failed', e));
  });

  // Alarms last as long as the browser session (and usually longer): make
  // sure they exist when the browser starts and when Rapport is installed or
  // updated — not on every wake, where it would compete with the lookup that
  // woke the worker.
  const checkAlarms = async () => {
    try {
      const { db } = await env();
      await ensureAlarms(alarms(), (await getSettings(db)).reminders, Date.now());
    } catch (e) {
      console.error('[rapport] could not schedule reminders', e);
    }
  };
  browser.runtime.onStartup.addListener(() => {
    void refreshBadge();
    void checkAlarms();
  });
  browser.runtime.onInstalled.addListener(() => {
    void refreshBadge();
    void checkAlarms();
  });

  return {
    /** Call after each routed message: recount the badge, reschedule the reminder when settings changed. */
    afterMessage(raw: unknown, reply: Reply<MessageType>) {
      if (!reply.ok) return;
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !CHANGES_BADGE.has(type)) return;
      // Re-reading a thread logs nothing new (one interaction per message id): no recount.
      if (type === 'logMail' && !(reply.data as { logged: unknown[] }).logged.length) return;
      refreshBadgeSoon();
      if (type === 'updateSettings') {
        reschedule((reply.data as Settings).reminders).catch((e) => console.error('[rapport] could not schedule reminders', e));
      }
    },
    /** For end-to-end tests and the demo (globalThis.rapport inside the worker only). */
    hooks: {
      runDailyReminder: reminder,
      logCall,
      refreshBadge,
      housekeeping,
      nextReminder: async () => (await alarms().get(REMINDER_ALARM))?.scheduledTime ?? null,
    },
  };
}
