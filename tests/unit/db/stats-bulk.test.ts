// statsWithHistory (a new client's stats in a bulk write, a migration) takes
// the newest interactions and the last moods from the history's tail once,
// instead of re-sorting them with each item as addItem does. Over random
// histories — ties in time, mail about matter people, filings, moods — it
// must give exactly what adding the items one by one in time order gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byTime } from '../../../lib/db/history';
import type { PageItem } from '../../../lib/db/schema';
import { addItem, statsFor, statsWithHistory } from '../../../lib/db/stats';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { Client } from '../../../lib/model/client';

const client: Client = { id: 'c', name: 'Ana Ruiz', emails: ['ana@example.com'], phones: [], domains: [], matters: [], goals: [], tags: ['litigation'], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, createdAt: 1, updatedAt: 1 };

const item = fc.record({
  id: fc.string({ minLength: 1, maxLength: 3 }),
  at: fc.integer({ min: 0, max: 40 }),
  kind: fc.constantFrom('email-in', 'email-out', 'call', 'meeting', 'note', 'filing'),
  sentiment: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
  aboutPerson: fc.option(fc.constant('p1'), { nil: undefined }),
  rejected: fc.boolean(),
});

describe('statsWithHistory', () => {
  it('equals adding each item in time order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 40 }), (raw) => {
        const items = raw.map(({ rejected, sentiment, aboutPerson, ...i }, k) => {
          const out: PageItem = { ...i, source: 'import', summary: `#${k}` } as PageItem;
          if (sentiment !== undefined) out.sentiment = sentiment;
          if (aboutPerson !== undefined) out.aboutPerson = aboutPerson;
          if (i.kind === 'filing') Object.assign(out, { messageId: `row-${k % 4}`, filing: { status: rejected ? 'Rejected' : 'Accepted' } });
          return out;
        });
        const oneByOne = statsFor(client, DEFAULT_SETTINGS.cadence);
        for (const i of [...items].sort(byTime)) addItem(oneByOne, i);
        expect(statsWithHistory(client, DEFAULT_SETTINGS.cadence, items)).toEqual(oneByOne);
        expect(statsWithHistory(client, DEFAULT_SETTINGS.cadence, [...items].sort(byTime), true)).toEqual(oneByOne);
      }),
      { numRuns: 2000 },
    );
  });
});
