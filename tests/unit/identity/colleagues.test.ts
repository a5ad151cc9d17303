import { describe, expect, it } from 'vitest';
import { checkFirmDomain, guessFirmDomain, isColleague } from '../../../lib/identity/colleagues';
import { isFreeMailDomain } from '../../../lib/identity/free-mail';

describe('guessFirmDomain', () => {
  it.each([
    ['ana@smithlaw.com', 'smithlaw.com'],
    ['  Ana.Lopez@SmithLaw.COM ', 'smithlaw.com'],
    ['mailto:ana@ny.smithlaw.com', 'ny.smithlaw.com'],
    ['ana@smithlaw.onmicrosoft.com', 'smithlaw.onmicrosoft.com'],
    ['ana@gmail.com', null],
    ['ana@googlemail.com', null],
    ['ana@outlook.com', null],
    ['ana@hotmail.co.uk', null],
    ['ana@yahoo.com.mx', null],
    ['ana@icloud.com', null],
    ['ana@lawyer.com', null],
    ['not an address', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (address, domain) => {
    expect(guessFirmDomain(address)).toBe(domain);
  });
});

describe('checkFirmDomain', () => {
  it('accepts a domain however it is typed', () => {
    expect(checkFirmDomain('@SmithLaw.com')).toEqual({ ok: true, domain: 'smithlaw.com' });
    expect(checkFirmDomain('smithlaw.co.uk.')).toEqual({ ok: true, domain: 'smithlaw.co.uk' });
  });
  it('refuses public mail, shared parents and non-domains with a reason', () => {
    expect(checkFirmDomain('gmail.com')).toMatchObject({ ok: false, message: expect.stringMatching(/public mail service/) });
    expect(checkFirmDomain('onmicrosoft.com')).toMatchObject({ ok: false, message: expect.stringMatching(/shared by many/) });
    expect(checkFirmDomain('smith law')).toMatchObject({ ok: false, message: expect.stringMatching(/not a domain/) });
    expect(checkFirmDomain('-smith.com')).toMatchObject({ ok: false });
  });
});

describe('isColleague', () => {
  const firm = { domains: ['smithlaw.com'], addresses: ['solo.partner@gmail.com'] };
  it.each([
    ['mara@smithlaw.com', true],
    ['MARA@SMITHLAW.COM', true],
    ['mara@ny.smithlaw.com', true],
    ['mara@smithlaw.com.evil.example', false],
    ['mara@notsmithlaw.com', false],
    ['solo.partner@gmail.com', true],
    ['someone.else@gmail.com', false],
    ['vbrandt@brandt-defense.com', false],
    ['garbage', false],
  ])('%s → %s', (address, yes) => {
    expect(isColleague(address, firm)).toBe(yes);
  });
  it('a public mail domain in the settings makes nobody a colleague', () => {
    expect(isColleague('anyone@gmail.com', { domains: ['gmail.com'] })).toBe(false);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['GMAIL.COM', true],
    ['@outlook.com', true],
    ['yahoo.co.jp', true],
    ['gmx.ch', true],
    ['proton.me', true],
    ['comcast.net', true],
    ['facebook.com', false],
    ['clerk.com', false],
    ['sky.com', false],
    ['brandt-defense.com', false],
    ['cand.uscourts.gov', false],
    ['outlookfirm.com', false],
  ])('%s → %s', (d, yes) => {
    expect(isFreeMailDomain(d)).toBe(yes);
  });
});
