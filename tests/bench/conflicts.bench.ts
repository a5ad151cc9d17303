// The conflict index at a large firm's size: 10,000 clients, 1–4 matters
// each, 2–5 people per matter (about 87,000 people, 50,000 party names and
// 100,000 addresses). Timings only; nothing here is asserted, and they swing
// with the machine's load. Run with `npm run bench:conflicts`.
import { test } from 'vitest';
import { buildConflictIndex, type ConflictCandidate } from '../../lib/identity/conflicts';
import { syntheticFirm } from './conflict-data';

const firm = syntheticFirm(10_000);
const options = { firmDomains: ['ourfirm.com'] };

test('build the index for 10,000 clients', async ({ bench }) => {
  await bench('build', () => void buildConflictIndex(firm, options)).run({ iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
});

test('check one candidate against 10,000 clients', async ({ bench }) => {
  const index = buildConflictIndex(firm, options);
  const candidates: [string, ConflictCandidate][] = [
    ['person with address', { name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] }],
    ['common name', { name: 'John Smith' }],
    ['initial', { name: 'J. Smith' }],
    ['organisation', { organisation: 'Harbor Properties LLC' }],
    ['stranger', { name: 'Quentin Zyx', emails: ['zyx@example.org'] }],
  ];
  await bench.compare(
    ...candidates.map(([label, c]) => bench(label, () => void index.check(c))),
    { iterations: 200, warmupIterations: 20, time: 0, warmupTime: 0 },
  );
});
