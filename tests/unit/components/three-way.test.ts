import { describe, expect, it } from 'vitest';
import { bothLists, bothTexts, threeWay } from '../../../components/conflict/three-way';

describe('threeWay', () => {
  const base = { a: 'one', b: 'two', c: 'three', list: [{ id: '1' }] };
  it('takes theirs where only they changed, keeps ours where only we did, and names the fields both changed', () => {
    const mine = { ...base, a: 'ONE (mine)', c: 'three (mine)' };
    const theirs = { ...base, b: 'TWO (theirs)', c: 'three (theirs)', list: [{ id: '1' }, { id: '2' }] };
    expect(threeWay(base, mine, theirs)).toEqual({
      merged: { a: 'ONE (mine)', b: 'TWO (theirs)', c: 'three (mine)', list: [{ id: '1' }, { id: '2' }] },
      conflicts: ['c'],
    });
  });

  it('both sides making the same change is no conflict', () => {
    expect(threeWay(base, { ...base, a: 'x' }, { ...base, a: 'x' }).conflicts).toEqual([]);
  });
});

describe('keeping both', () => {
  it('puts our text first and theirs after, or whichever is not empty', () => {
    expect(bothTexts('mine', 'theirs')).toBe('mine\ntheirs');
    expect(bothTexts('', 'theirs')).toBe('theirs');
    expect(bothTexts('mine', '  ')).toBe('mine');
  });
  it('joins lists by id, ours first', () => {
    expect(bothLists([{ id: 'a', v: 1 }], [{ id: 'a', v: 2 }, { id: 'b', v: 3 }])).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 3 }]);
  });
});
