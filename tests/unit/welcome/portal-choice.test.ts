// The portals step: which ticked catalogue portals are asked for and added,
// checked as Options → Portals checks them, marked e-filing the same way.
import { describe, expect, it } from 'vitest';
import { listOf, portalsToAdd } from '../../../entrypoints/welcome/portal-choice';
import { EFILING_MATCHES } from '../../../lib/sites/efiling/pick';

describe('portalsToAdd', () => {
  it('asks for exactly the ticked sites, once each, marked e-filing by their platform', () => {
    const out = portalsToAdd(['portal.sbcourts.org', 'efile.txcourts.gov', 'portal.sbcourts.org'], new Set(), EFILING_MATCHES);
    expect(out).toEqual({
      ok: true,
      add: [
        { host: 'portal.sbcourts.org', name: 'Santa Barbara Superior Court', origin: 'https://portal.sbcourts.org', pattern: 'https://portal.sbcourts.org/*', efiling: false },
        { host: 'efile.txcourts.gov', name: 'eFileTexas', origin: 'https://efile.txcourts.gov', pattern: 'https://efile.txcourts.gov/*', efiling: true },
      ],
    });
  });

  it('leaves out what Rapport already reads', () => {
    expect(portalsToAdd(['portal.sbcourts.org'], new Set(['https://portal.sbcourts.org']), EFILING_MATCHES)).toEqual({ ok: true, add: [] });
  });

  it('nothing ticked: nothing to ask for', () => {
    expect(portalsToAdd([], new Set(), EFILING_MATCHES)).toEqual({ ok: true, add: [] });
  });

  it('a host outside the catalogue, or one the manifest already covers, refuses the whole choice', () => {
    const stranger = portalsToAdd(['portal.sbcourts.org', 'evil.example.com'], new Set(), EFILING_MATCHES);
    expect(stranger).toEqual({ ok: false, error: 'evil.example.com is not one of the court portals Rapport knows.' });
    const covered = portalsToAdd(['portal.sbcourts.org'], new Set(), ['https://*.sbcourts.org/*']);
    expect(covered.ok).toBe(false);
    if (!covered.ok) expect(covered.error).toMatch(/^Santa Barbara Superior Court: Rapport already recognises portal\.sbcourts\.org/);
  });
});

describe('listOf', () => {
  it('joins names as a sentence in the language of the texts does (US English here)', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a.gov'])).toBe('a.gov');
    expect(listOf(['a.gov', 'b.gov'])).toBe('a.gov and b.gov');
    // Intl's US English list puts a comma before "and"; the hand-written join did not.
    expect(listOf(['a.gov', 'b.gov', 'c.gov'])).toBe('a.gov, b.gov, and c.gov');
  });
});
