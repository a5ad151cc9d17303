/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { FRAME_MS, readSpacing, relevantRecords } from '../../../lib/sites/watch';

// Which of a host app's mutations are worth reading the page again for: judged
// from the record alone, before anything is read.

const record = (r: Partial<MutationRecord>) => ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...r }) as MutationRecord;
const nodes = (...n: Node[]) => n as unknown as NodeList;

function page() {
  document.body.innerHTML = `
    <div id="root">
      <div id="inbox" style="display: none"><table><tbody id="rows"></tbody></table></div>
      <div id="thread"><div id="list"><div id="item" style="background: red"></div></div></div>
    </div>`;
  return { root: document.getElementById('root')!, el: (id: string) => document.getElementById(id)! };
}

describe('relevantRecords', () => {
  it('a style change counts only when it shows or hides the element', () => {
    const { root, el } = page();
    const worth = relevantRecords(root);
    const item = el('item');
    item.setAttribute('style', 'background: blue');
    expect(worth(record({ type: 'attributes', target: item, attributeName: 'style', oldValue: 'background: red' }))).toBe(false);
    item.setAttribute('style', 'display: none');
    expect(worth(record({ type: 'attributes', target: item, attributeName: 'style', oldValue: 'background: blue' }))).toBe(true);
    const thread = el('thread');
    thread.setAttribute('hidden', '');
    expect(worth(record({ type: 'attributes', target: thread, attributeName: 'hidden', oldValue: null }))).toBe(true);
  });

  it('nodes coming or going count, except inside a view the host keeps hidden', () => {
    const { root, el } = page();
    const worth = relevantRecords(root);
    const row = document.createElement('tr');
    el('rows').append(row);
    expect(worth(record({ type: 'childList', target: el('rows'), addedNodes: nodes(row) }))).toBe(false);
    const message = document.createElement('div');
    el('list').append(message);
    expect(worth(record({ type: 'childList', target: el('list'), addedNodes: nodes(message) }))).toBe(true);
    expect(worth(record({ type: 'childList', target: el('list'), removedNodes: nodes(message) }))).toBe(true);
  });
});

describe('readSpacing', () => {
  /** Replays a host that asks for a read at each of `asks` (ms); returns when the reads ran. */
  function replay(asks: number[], minGapMs = 250, burst = 3) {
    const spacing = readSpacing(minGapMs, burst);
    const reads: number[] = [];
    let due: number | undefined;
    const until = (t: number) => {
      while (due !== undefined && due <= t) {
        spacing.read(due);
        reads.push(due);
        due = undefined;
      }
    };
    for (const at of asks) {
      until(at);
      if (due === undefined) due = at + spacing.delay(at);
    }
    until(Infinity);
    return reads;
  }

  it('reads one frame after a change while the recent reads are few', () => {
    expect(replay([0])).toEqual([FRAME_MS]);
    // A navigation, the host re-rendering it 250 ms later, and the next navigation soon after: none waits.
    expect(replay([0, 250, 300])).toEqual([FRAME_MS, 250 + FRAME_MS, 300 + FRAME_MS]);
  });

  it('spaces reads out once more than the burst come close together', () => {
    // The fourth read within 750 ms waits for the first to leave the window.
    expect(replay([0, 40, 80, 120])).toEqual([FRAME_MS, 40 + FRAME_MS, 80 + FRAME_MS, FRAME_MS + 750]);
    // A change while a read is pending is read by it.
    expect(replay([0, 5, 10])).toEqual([FRAME_MS]);
  });

  it('reads a storm about once per gap, and once more after it ends', () => {
    const storm = Array.from({ length: 1000 }, (_, k) => k * 10); // a mutation every 10 ms for 10 s
    const reads = replay(storm);
    expect(reads.length).toBeLessThanOrEqual(10_000 / 250 + 3);
    expect(reads.length).toBeGreaterThanOrEqual(10_000 / 250 - 1);
    // The last change of the storm is read after it.
    expect(reads.at(-1)).toBeGreaterThanOrEqual(storm.at(-1)!);
    // No 750 ms window holds more than three reads.
    for (let k = 3; k < reads.length; k++) expect(reads[k]! - reads[k - 3]!).toBeGreaterThanOrEqual(750);
  });

  it('after a quiet spell the burst is available again', () => {
    expect(replay([0, 100, 200, 300, 2000, 2100, 2200])).toEqual([FRAME_MS, 100 + FRAME_MS, 200 + FRAME_MS, 750 + FRAME_MS, 2000 + FRAME_MS, 2100 + FRAME_MS, 2200 + FRAME_MS]);
  });
});
