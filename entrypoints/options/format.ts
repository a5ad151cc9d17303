import { differenceInCalendarDays } from 'date-fns';
import { formatDateTime, formatRelative } from '../../lib/i18n/format';
import { t, tn } from '../../lib/i18n/t';
import type { CadenceStatus } from '../../lib/model/cadence';

/** A client's keep-in-touch status, in words. */
export function cadenceText(status: CadenceStatus): string {
  switch (status) {
    case 'on-track':
      return t('clients_cadence_on_track');
    case 'due':
      return t('clients_cadence_due');
    case 'overdue':
      return t('clients_cadence_overdue');
    case 'never':
      return t('clients_cadence_never');
  }
}

/**
 * Calendar days, like the cadence: a call last night is "yesterday" this
 * morning. Rounded to weeks past three weeks and to months past two; a year
 * or more is "over N years ago", which the browser's relative times cannot say.
 */
export function daysAgo(days: number): string {
  if (days <= 0) return formatRelative(0, 'day');
  if (days < 21) return formatRelative(-days, 'day');
  if (days < 60) return formatRelative(-Math.round(days / 7), 'week');
  if (days < 365) return formatRelative(-Math.round(days / 30.4), 'month');
  return tn('clients_over_years_ago', Math.floor(days / 365));
}

export function relativeContact(lastContact: number, now: number = Date.now(), daysSince?: number): string {
  return daysAgo(daysSince ?? Math.max(0, differenceInCalendarDays(now, lastContact)));
}

/** Day and time in the language of the page ("Nov 26, 2026, 3:45 PM"). */
export function fullDate(at: number): string {
  return formatDateTime(at);
}

export function isoDate(at: number): string {
  return new Date(at).toISOString();
}
