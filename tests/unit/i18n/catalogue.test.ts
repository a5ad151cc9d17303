import { describe, expect, it } from 'vitest';
import { chromeMessages, KEY_PATTERN, placeholderNames } from '../../../lib/i18n/chrome-messages';
import { LANGUAGES, type Text } from '../../../lib/i18n/define';
import { MESSAGES } from '../../../lib/i18n/messages';
import { resetLanguageForTests, t, tn, uiLanguage } from '../../../lib/i18n/t';
import { chromeGetMessage } from '../setup-i18n';

const entries = Object.entries(MESSAGES) as [string, { en: Text; es: Text; note?: string }][];
const texts = (x: Text) => (typeof x === 'string' ? [x] : Object.values(x).filter((v): v is string => v !== undefined));
const names = (x: Text) => [...new Set(texts(x).flatMap(placeholderNames))].sort();

describe('the message catalogue', () => {
  it('has keys Chrome accepts, unique even compared without case, with plural forms included', () => {
    const all = LANGUAGES.flatMap((l) => Object.keys(chromeMessages(MESSAGES, l)).map((k) => k.toLowerCase()));
    for (const [key] of entries) expect(key, key).toMatch(KEY_PATTERN);
    for (const l of LANGUAGES) {
      const keys = Object.keys(chromeMessages(MESSAGES, l)).map((k) => k.toLowerCase());
      expect(new Set(keys).size, l).toBe(keys.length);
    }
    expect(all.length).toBeGreaterThan(0);
  });

  it('gives every language the same placeholders as the English, and plurals an "other" form', () => {
    for (const [key, entry] of entries) {
      for (const l of LANGUAGES) {
        expect(names(entry[l]), `${key} (${l})`).toEqual(names(entry.en));
        if (typeof entry.en !== 'string') {
          expect(typeof entry[l], `${key} (${l}) must be counted too`).toBe('object');
          expect((entry[l] as { other?: string }).other, `${key} (${l}) needs "other"`).toBeTypeOf('string');
        }
      }
    }
  });

  it('translates every text into Spanish, unless its note says why not', () => {
    const same = entries.filter(([, e]) => JSON.stringify(e.es) === JSON.stringify(e.en) && /\p{L}{3}/u.test(texts(e.en).join(' ')) && !/not translated|the same in Spanish/i.test(e.note ?? ''));
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('writes placeholders and dollars the way Chrome reads them', () => {
    const msgs = chromeMessages({ x_price: { en: '{amount}$ for {client}, {amount}$ again', es: '' } }, 'en');
    expect(msgs.x_price).toEqual({ message: '$amount$$$ for $client$, $amount$$$ again', placeholders: { amount: { content: '$1' }, client: { content: '$2' } } });
    expect(chromeGetMessage(msgs, 'x_price', ['5', 'Ana'])).toBe('5$ for Ana, 5$ again');
  });
});

describe('t and tn', () => {
  it('fill names whatever order the caller writes them in', () => {
    expect(t('sidebar_check_in_with', { name: 'Ana Ruiz' })).toBe('Check in with Ana Ruiz');
    expect(t('common_save')).toBe('Save');
  });

  it('pick the plural form of the count and format it for the language', () => {
    expect(tn('sidebar_days', 1)).toBe('1 day');
    expect(tn('sidebar_days', 1200)).toBe('1,200 days');
  });

  it('format in the language the texts are in', () => {
    resetLanguageForTests();
    expect(uiLanguage().split('-')[0]).toBe('en');
  });
});

describe('counted texts', () => {
  it('number placeholders over every form and the count, so a form without {n} still gets the right value', () => {
    const msgs = chromeMessages({ x_match: { en: { one: '{subject} matches a record', other: '{subject} matches {n} records' }, es: { other: '' } } }, 'en');
    // The substitutions tn sends: names sorted, the count among them.
    const subs = ['3', 'Ana'];
    expect(chromeGetMessage(msgs, 'x_match__one', subs)).toBe('Ana matches a record');
    expect(chromeGetMessage(msgs, 'x_match__other', subs)).toBe('Ana matches 3 records');
  });
});
