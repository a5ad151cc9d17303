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
import type { Handlers } from './handlers/types';

export type { Env, Handlers } from './handlers/types';

export const handlers: Handlers = {
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
};
