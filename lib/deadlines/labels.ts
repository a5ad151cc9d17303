// Wording for deadlines, shared by the sidebar, popup, options, the brief and
// the calendar export. Zod-free, like lib/model/labels.ts.
//
// Each label is read from the catalogue when it is used (a getter), not when
// this module loads: callers keep indexing a plain record, and the text is in
// the language the browser gives the extension.
import { t } from '../i18n/t';
import type { DeadlineKind } from '../model/deadline';
import type { DeadlineState } from './state';

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  get court() {
    return t('deadlines_kind_court');
  },
  get internal() {
    return t('deadlines_kind_internal');
  },
  get promise() {
    return t('deadlines_kind_promise');
  },
};

/** State words always appear beside the state colour: colour alone would not do. */
export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  get upcoming() {
    return t('deadlines_state_upcoming');
  },
  get 'at-risk'() {
    return t('deadlines_state_at_risk');
  },
  get missed() {
    return t('deadlines_state_missed');
  },
  get done() {
    return t('deadlines_state_done');
  },
};
