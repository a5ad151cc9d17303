// Every message's handler, gathered from one file per feature. The type makes
// a message without a handler (or a handler without a message) a compile error.
import { bulkHandlers } from './handlers/bulk';
import { caseReadingHandlers } from './handlers/case-reading';
import { deadlineHandlers } from './handlers/deadlines';
import { clientHandlers } from './handlers/clients';
import { dataHandlers } from './handlers/data';
import { filingHandlers } from './handlers/filings';
import { portalHandlers } from './handlers/portals';
import { keepInTouchHandlers } from './handlers/keep-in-touch';
import { mailHandlers } from './handlers/mail';
import { screenHandlers } from './handlers/screens';
import { settingsHandlers } from './handlers/settings';
import { trashHandlers } from './handlers/trash';
import { CHANGES_CONFLICT_INDEX, clientsChanged, peopleHandlers } from './handlers/people';
import type { Handler, Handlers } from './handlers/types';
import type { MessageType } from './protocol';

export type { Env, Handlers } from './handlers/types';

const all: Handlers = {
  ...clientHandlers,
  ...filingHandlers,
  ...caseReadingHandlers,
  ...portalHandlers,
  ...settingsHandlers,
  ...keepInTouchHandlers,
  ...mailHandlers,
  ...screenHandlers,
  ...trashHandlers,
  ...bulkHandlers,
  ...deadlineHandlers,
  ...dataHandlers,
  ...peopleHandlers,
};

/**
 * Every handler that can change who the clients are drops the conflict index
 * once it has finished (failed or not), so a check never answers from clients
 * as they were before a write.
 */
function invalidating<K extends MessageType>(type: K, h: Handler<K>): Handler<K> {
  if (!CHANGES_CONFLICT_INDEX.has(type)) return h;
  return async (req, env) => {
    try {
      return await h(req, env);
    } finally {
      clientsChanged();
    }
  };
}

export const handlers = Object.fromEntries(
  Object.entries(all).map(([type, h]) => [type, invalidating(type as MessageType, h as Handler<MessageType>)]),
) as unknown as Handlers;
