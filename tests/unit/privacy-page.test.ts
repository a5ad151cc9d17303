// docs/privacy.md as the privacy.html the extension ships (scripts/build/privacy-page.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyPage } from '../../scripts/build/privacy-page';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/privacy.md'), 'utf8');

describe('privacy page', () => {
  it('renders the policy: its title, sections and permissions table', () => {
    const html = privacyPage(doc);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Rapport privacy policy</title>');
    expect(html).toContain('<h1>Rapport privacy policy</h1>');
    for (const h of ['What Rapport stores', 'Where it is stored', 'Permissions and why Rapport asks for them', 'How to delete your data'])
      expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toMatch(/<table>[\s\S]*<td><code>notifications<\/code><\/td>/);
  });

  it('has no script, so extension CSP and store reviews have nothing to object to', () => {
    expect(privacyPage(doc)).not.toMatch(/<script|\son\w+=/i);
  });

  it('names every permission the manifest asks for, as does the store listing', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = typeof config.manifest === 'function' ? await config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }) : undefined;
    const listing = readFileSync(path.resolve(import.meta.dirname, '../../docs/store-listing.md'), 'utf8');
    for (const p of [...(manifest?.permissions ?? ['(no manifest)']), ...(manifest?.optional_host_permissions ?? [])]) {
      expect(listing, p).toContain(`\`${p}\``);
      if (!p.includes('*')) expect(doc, p).toContain(`\`${p}\``);
    }
  });
});
