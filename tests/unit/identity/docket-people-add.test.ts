import { describe, expect, it } from 'vitest';
import { addMatterPeople } from '../../../lib/identity/docket-people';

const p = (id: string, name: string, emails: string[] = []) => ({ id, name, emails });

describe('addMatterPeople', () => {
  const existing = [p('a', 'Jeff D. Friedman', ['JeffF@hbsslaw.com']), p('b', 'Harbor Properties, LLC')];

  it('adds people who are not on the matter, after the ones who are', () => {
    const out = addMatterPeople(existing, [p('c', 'George W. Sampson', ['george@hbsslaw.com'])]);
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips someone already there by address, whatever the name or case', () => {
    expect(addMatterPeople(existing, [p('c', 'J. Friedman', ['JEFFF@hbsslaw.com'])]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('skips someone already there by normalised name, even without an address', () => {
    expect(addMatterPeople(existing, [p('c', 'jeff d friedman'), p('d', 'HARBOR PROPERTIES LLC')]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('adds a person listed twice in the batch once', () => {
    const out = addMatterPeople([], [p('c', 'Jason Zweig', ['jasonz@hbsslaw.com']), p('d', 'Jason A. Zweig', ['jasonz@hbsslaw.com'])]);
    expect(out.map((x) => x.id)).toEqual(['c']);
  });

  it('keeps a different person with a similar name', () => {
    expect(addMatterPeople(existing, [p('c', 'Jeff D Freedman', ['jeff@other.com'])]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
