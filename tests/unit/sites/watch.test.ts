/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { FRAME_MS, readScheduler, readSpacing, relevantRecords, type Timers } from '../../../lib/sites/watch';

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

describe('readScheduler', () => {
  /** A clock that only moves when told, and timers on it. */
  function clock() {
    let t = 0;
    let next = 1;
    const due = new Map<number, { at: number; fn: () => void }>();
    const timers: Timers = {
      now: () => t,
      set: (fn, ms) => (due.set(next, { at: t + ms, fn }), next++),
      clear: (id) => void due.delete(id),
    };
    /** Moves the clock to `to`, running every timer due on the way, in order. */
    const advance = (to: number) => {
      for (;;) {
        const first = [...due].sort((a, b) => a[1].at - b[1].at)[0];
        if (!first || first[1].at > to) break;
        due.delete(first[0]);
        t = first[1].at;
        first[1].fn();
      }
      t = to;
    };
    return { timers, advance };
  }

  function setUp() {
    const c = clock();
    const reads: number[] = [];
    const s = readScheduler(readSpacing(250, 3), c.timers, () => reads.push(c.timers.now()));
    return { ...c, s, reads };
  }

  it('reads every navigation one frame later, however quickly they follow each other and whatever re-renders came between', () => {
    const { s, advance, reads } = setUp();
    const navigations = Array.from({ length: 20 }, (_, k) => k * 250);
    for (const at of navigations) {
      // The thread's DOM arrives, then the hash changes; the host re-renders the thread twice more.
      advance(at);
      s.changed();
      s.navigated();
      advance(at + 60);
      s.changed();
      advance(at + 120);
      s.changed();
    }
    advance(10_000);
    for (const at of navigations) expect(reads.filter((r) => r >= at && r <= at + FRAME_MS), `navigation at ${at} ms`).toEqual([at + FRAME_MS]);
  });

  it('pulls a read that waits its turn forward when the address changes', () => {
    const { s, advance, reads } = setUp();
    // A storm uses up the burst, so the next change waits.
    for (let at = 0; at <= 100; at += 10) {
      advance(at);
      s.changed();
    }
    advance(200);
    expect(reads).toEqual([FRAME_MS, 20 + FRAME_MS, 40 + FRAME_MS]);
    // The last change of the storm waits until 766 ms; the navigation is read at 316 ms, and that read is the one.
    advance(300);
    s.navigated();
    advance(1000);
    expect(reads).toEqual([FRAME_MS, 20 + FRAME_MS, 40 + FRAME_MS, 300 + FRAME_MS]);
  });

  it('a storm without navigations is still read about once per gap', () => {
    const { s, advance, reads } = setUp();
    for (let at = 0; at < 10_000; at += 10) {
      advance(at);
      s.changed();
    }
    advance(20_000);
    expect(reads.length).toBeLessThanOrEqual(10_000 / 250 + 3);
    for (let k = 3; k < reads.length; k++) expect(reads[k]! - reads[k - 3]!).toBeGreaterThanOrEqual(750);
  });

  it('stop drops the read that was waiting', () => {
    const { s, advance, reads } = setUp();
    s.changed();
    s.stop();
    advance(1000);
    expect(reads).toEqual([]);
  });
});
