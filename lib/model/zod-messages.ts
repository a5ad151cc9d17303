// Zod's own messages ("Too big: …", "Invalid input: …") in the browser's
// language. Zod 4 ships locales (z.locales.es()), but they would bundle a
// second copy of every message into each page that validates, and our own
// messages (the `error` of a schema) need the catalogue anyway; so the issue
// codes our schemas can raise are mapped to catalogue texts here, installed
// once as zod's global `customError`. A schema's own message still wins over
// this map; an issue shape not handled here falls back to zod's English.
//
// Every module that builds a schema imports this file, so the map is in place
// in each context (worker, extension pages) before anything is parsed.
import { z } from 'zod';
import { t, tn } from '../i18n/t';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** A value the way zod's English writes it in a message: strings quoted. */
function literal(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

/** The catalogue text for a zod issue, or undefined to leave zod's own. */
export function zodMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof issue.input === 'number') return t('errors_zod_integer');
      return t('errors_zod_type', { expected: String(issue.expected), received: typeName(issue.input) });
    case 'invalid_value':
      return issue.values.length === 1
        ? t('errors_zod_value', { value: literal(issue.values[0]) })
        : t('errors_zod_option', { values: issue.values.map(literal).join('|') });
    case 'too_big': {
      if (issue.exact) return undefined;
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return issue.inclusive ? t('errors_zod_too_long', { max }) : t('errors_zod_too_long', { max: max - 1 });
      if (issue.origin === 'array' || issue.origin === 'set') return issue.inclusive ? t('errors_zod_too_many', { max }) : t('errors_zod_too_many', { max: max - 1 });
      if (issue.origin === 'number') return issue.inclusive ? t('errors_zod_too_big', { max }) : t('errors_zod_too_big_below', { max });
      return undefined;
    }
    case 'too_small': {
      if (issue.exact) return undefined;
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return issue.inclusive ? t('errors_zod_too_short', { min }) : t('errors_zod_too_short', { min: min + 1 });
      if (issue.origin === 'array' || issue.origin === 'set') return issue.inclusive ? t('errors_zod_too_few', { min }) : t('errors_zod_too_few', { min: min + 1 });
      if (issue.origin === 'number') return issue.inclusive ? t('errors_zod_too_small', { min }) : t('errors_zod_too_small_above', { min });
      return undefined;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return t('errors_zod_email');
        case 'datetime':
          return t('errors_zod_datetime');
        case 'date':
          return t('errors_zod_date');
        case 'url':
          return t('errors_zod_url');
        case 'regex':
          return t('errors_zod_pattern', { pattern: String((issue as { pattern?: unknown }).pattern ?? '') });
        case 'starts_with':
        case 'ends_with':
        case 'includes':
          return undefined;
        default:
          return t('errors_zod_format', { format: issue.format });
      }
    case 'not_multiple_of':
      return t('errors_zod_multiple', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return tn('errors_zod_keys', issue.keys.length, { keys: issue.keys.map(literal).join(', ') });
    case 'invalid_key':
      return t('errors_zod_key_in', { origin: issue.origin });
    case 'invalid_element':
      return t('errors_zod_element_in', { origin: issue.origin });
    case 'invalid_union':
      return (issue as { options?: unknown[] }).options?.length ? undefined : t('errors_zod_invalid');
    default:
      return t('errors_zod_invalid');
  }
}

// jitless: extension pages' CSP forbids the Function constructor zod's fast path uses.
z.config({ jitless: true, customError: zodMessage });
