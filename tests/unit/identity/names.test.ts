// The name matcher as a table: pairs of the same and of different people and
// companies, with the level each pair must get (null: no match). The levels
// are defined at the top of lib/identity/names.ts.
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistance,
  looksLikeOrganisation,
  parseOrgName,
  parsePersonName,
  splitAliases,
  type Strength,
} from '../../../lib/identity/names';

type Row = [a: string, b: string, expected: Strength | null, why: string];

const PEOPLE: Row[] = [
  ['John Smith', 'john smith', 'exact', 'case'],
  ['John Smith', 'Smith, John', 'exact', '"Last, First"'],
  ['Dr. John Smith, Esq.', 'John Smith', 'exact', 'title and post-nominal'],
  ['José García', 'Jose Garcia', 'exact', 'accents'],
  ['Zoë Saldaña', 'ZOE SALDANA', 'exact', 'diaeresis, tilde, capitals'],
  ['Jürgen Müller', 'Juergen Mueller', 'exact', 'umlauts written out'],
  ['Jürgen Müller', 'Jurgen Muller', 'exact', 'umlauts dropped'],
  ['Søren Kierkegaard', 'Soeren Kierkegaard', 'exact', 'ø written out'],
  ['Łukasz Żółć', 'Lukasz Zolc', 'exact', 'Polish ł and marks'],
  ['Сергей Иванов', 'Sergey Ivanov', 'exact', 'Cyrillic, BGN/PCGN romanisation'],
  ['Сергей Иванов', 'Sergei Ivanov', 'possible', 'another romanisation of Сергей'],
  ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos', 'exact', 'Greek, ELOT 743'],
  ['Mary O’Brien', "Mary O'Brien", 'exact', 'curly and straight apostrophes'],
  ['Mary OBrien', "Mary O'Brien", 'exact', 'apostrophe left out'],
  ['Mary Smith-Jones', 'Mary Smith Jones', 'exact', 'hyphen'],
  ['Jean-Pierre Dupont', 'Dupont, Jean Pierre', 'exact', 'hyphenated given name, reversed'],
  ['Estate of John Smith', 'John Smith', 'exact', 'a party that is an estate'],
  ['Smith John', 'Smith, John', 'exact', 'same words, normalised alike (the floor)'],
  ['John A. Smith', 'John Smith', 'likely', 'middle initial on one side'],
  ['John Andrew Smith', 'John A. Smith', 'likely', 'middle name and its initial'],
  ['Jeff D Friedman', 'Jeff Friedman', 'likely', 'docket attorney with middle initial'],
  ['John Smith Jr.', 'John Smith', 'likely', 'generation on one side'],
  ['Smith, John, Jr.', 'John Smith Jr', 'exact', 'generation after a comma'],
  ['John Smith Jr.', 'John Smith Sr.', 'possible', 'father and son: a person must look'],
  ['J. Smith', 'John Smith', 'possible', 'initial for the first name'],
  ['Victor Brandt', 'V. Brandt', 'possible', 'initial for the first name'],
  ['Bill Clinton', 'William Clinton', 'possible', 'nickname'],
  ['William Jefferson Clinton', 'Bill Clinton', 'possible', 'nickname and a middle name'],
  ['Jon Smith', 'John Smith', 'possible', 'spelling variant of John'],
  ['Catherine Zeta', 'Katherine Zeta', 'possible', 'C/K spelling'],
  ['Sarah Connor', 'Sara Connor', 'possible', 'silent h'],
  ['John Smith', 'John Smyth', 'possible', 'i/y spelling'],
  ['Mohammed Al-Rashid', 'Muhammad Al Rashid', 'possible', 'transliteration from Arabic'],
  ['Gabriel García Márquez', 'Gabriel García', 'possible', 'second surname left out'],
  ['J. Robert Smith', 'Robert Smith', 'possible', 'goes by the middle name'],
  ['Wang Wei', 'Wei Wang', 'possible', 'order without a comma'],
  ['Ann Lee', 'Anne Lee', 'possible', 'Ann / Anne'],
  ['Michael Johnson', 'Michael Johnston', 'possible', 'one letter apart'],
  ['John Smith', 'Jane Smith', null, 'different first names'],
  ['John A. Smith', 'John B. Smith', null, 'different middle initials'],
  ['J. Smyth', 'John Smith', null, 'two fuzzy differences'],
  ['Smith', 'John Smith', null, 'one word says too little'],
  ['Victor Brandt', 'Victoria Brandt', null, 'Victor / Victoria'],
  ['Dan Brown', 'Don Brown', null, 'short names one vowel apart'],
  ['Brian Moore', 'Bruno Moore', null, 'same consonants, different names'],
  ['Jose Hernandez', 'Jesus Hernandez', null, 'different first names'],
  ['Elena Ruiz', 'Elena Ortiz', null, 'different family names'],
  ['John Smith', 'John', null, 'first name only'],
  ['Kevin Young', 'Kevin Yang', null, 'one letter apart in a short name'],
];

const ORGANISATIONS: Row[] = [
  ['Acme, Inc.', 'ACME Incorporated', 'exact', 'Inc. / Incorporated'],
  ['Smith & Jones LLP', 'Smith and Jones', 'exact', '& / and, LLP'],
  ['Brandt Defense LLP', 'Brandt Defense, L.L.P.', 'exact', 'dotted L.L.P.'],
  ['Harbor Properties, LLC', 'Harbor Properties L.L.C.', 'exact', 'dotted L.L.C.'],
  ['Acme Corp.', 'Acme Corporation', 'exact', 'Corp. / Corporation'],
  ['Wells Fargo Bank, N.A.', 'Wells Fargo Bank', 'exact', 'N.A.'],
  ['U.S. Bank National Association', 'US Bank', 'exact', 'national association, dotted U.S.'],
  ['The Hartford Financial Services Group, Inc.', 'Hartford Financial Services Group', 'exact', 'leading "The"'],
  ['Pacific Gas & Electric Co.', 'Pacific Gas and Electric Company', 'exact', 'Co. / Company'],
  ['Nestlé S.A.', 'Nestle SA', 'exact', 'accent, S.A.'],
  ['Deutsche Bank AG', 'Deutsche Bank', 'exact', 'AG'],
  ['Müller Logistik GmbH', 'Mueller Logistik', 'exact', 'GmbH and umlaut written out'],
  ['Société Générale S.A.', 'Societe Generale', 'exact', 'accents'],
  ['Kaiser Foundation Health Plan, Inc.', 'Kaiser Foundation Health Plan', 'exact', 'Inc.'],
  ['Hagens Berman Sobol Shapiro LLP', 'Hagens Berman Sobol Shapiro', 'exact', 'LLP (from the saved docket)'],
  ['Ruiz Properties Pty Ltd', 'Ruiz Properties', 'exact', 'Pty Ltd'],
  ['Smith Jones LLP', 'Smith & Jones LLP', 'exact', '"&" is punctuation to the shared normaliser (the floor)'],
  ['Smith and Jones LLP', 'Smith Jones LLP', 'likely', '"and" left out'],
  ['Brandt Defense LLP', 'Brandt Defense Group', 'likely', 'descriptor added'],
  ['Law Offices of Victor Brandt', 'Victor Brandt Law Group', 'likely', 'law-office phrasing'],
  ['Brandt Defense LLP', 'Brandt Defence Group', 'possible', 'near miss: spelling and a descriptor'],
  ['Harbor Properties LLC', 'Harbour Properties', 'possible', 'Harbor / Harbour'],
  ['Acme', 'Acme Widgets Inc.', 'possible', 'longer name'],
  ['Hagens Berman Sobol Shapiro LLP', 'Hagens Berman', 'possible', 'short form of a firm'],
  ['International Business Machines Corp.', 'IBM', 'possible', 'acronym'],
  ['Smith Holdings LLC', 'Smith Partners LLP', 'possible', 'one shared word left after descriptors'],
  ['Harbor Properties LLC', 'Harbor Property Management', null, 'different business'],
  ['Acme Widgets', 'Apex Widgets', null, 'different short word'],
  ['American Airlines', 'American Express', null, 'shared common first word'],
  ['First National Bank', 'First National Bank of Omaha', null, 'only common words shared'],
  ['Brandt Defense LLP', 'Brandt & Sons', null, 'shared surname only'],
  ['Harbor Properties LLC', 'Harbor Freight Tools', null, 'shared first word'],
  ['Smith & Jones LLP', 'Smith & Brown LLP', null, 'different partner'],
];

const MIXED: Row[] = [
  ['Ruiz Holdings', 'Elena Ruiz', null, 'a company and a person sharing a word'],
  ['Harbor Properties', 'Harbor Properties', 'exact', 'same organisation'],
  ['Kevin Young', 'Young, Kevin', 'exact', 'docket party reversed'],
  ['Maria Sá', 'Maria Sa', 'exact', 'a surname that is also a legal form'],
];

describe('compareNames: the table', () => {
  const all = [...PEOPLE, ...ORGANISATIONS, ...MIXED];
  it('has at least 60 pairs, same and different, people and companies', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((r) => r[2] === null).length).toBeGreaterThanOrEqual(15);
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(25);
  });
  it.each(all)('%s / %s → %s (%s)', (a, b, expected) => {
    expect(compareNames(a, b)?.strength ?? null).toBe(expected);
    // Symmetric: the order of the pair never changes the answer.
    expect(compareNames(b, a)?.strength ?? null).toBe(expected);
  });
});

describe('parsing', () => {
  it('reads a person name into given names first, family name last', () => {
    expect(parsePersonName('Smith, John A., Jr.')).toEqual({ tokens: ['john', 'a', 'smith'], alt: ['john', 'a', 'smith'], generation: 'jr' });
    expect(parsePersonName('Dr. Elena Ruiz, Esq.')?.tokens).toEqual(['elena', 'ruiz']);
    expect(parsePersonName('   ')).toBeNull();
  });
  it('strips legal forms and keeps the bare name of an organisation', () => {
    expect(parseOrgName('The Law Offices of Victor Brandt, P.C.')).toMatchObject({
      core: ['law', 'offices', 'of', 'victor', 'brandt'],
      bare: ['victor', 'brandt'],
    });
    expect(parseOrgName('Smith & Associates, LLC')).toMatchObject({ core: ['smith', 'and', 'associates'], bare: ['smith'] });
    // A name that is nothing but a legal form keeps it rather than vanish.
    expect(parseOrgName('L.L.C.')?.core).toEqual(['llc']);
    expect(parseOrgName(' , ')).toBeNull();
  });
  it('tells organisations from people', () => {
    for (const org of ['Harbor Properties', 'Acme, Inc.', 'Smith & Jones', 'Nestlé S.A.', 'Brandt Defense LLP', 'Smith PC', 'County of Alameda'])
      expect(looksLikeOrganisation(org), org).toBe(true);
    for (const person of ['Elena Ruiz', 'Victor Brandt', 'Maria Sa', 'Kim Na', 'Jeff D Friedman', 'Smith, John'])
      expect(looksLikeOrganisation(person), person).toBe(false);
  });
  it('splits a party name into its aliases', () => {
    expect(splitAliases('Harbor Properties LLC d/b/a Harbor Rentals')).toEqual(['Harbor Properties LLC', 'Harbor Rentals']);
    expect(splitAliases('Jane Doe, a/k/a Jane Roe')).toEqual(['Jane Doe', 'Jane Roe']);
    expect(splitAliases('Elena Ruiz')).toEqual(['Elena Ruiz']);
  });
  it('edit distance counts a transposition as one', () => {
    expect(editDistance('friedman', 'freidman')).toBe(1);
    expect(editDistance('johnson', 'johnston')).toBe(1);
    expect(editDistance('smith', 'smyth')).toBe(1);
    expect(editDistance('victor', 'victoria', 1)).toBe(2);
  });
});
