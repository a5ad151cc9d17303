// What `npm run zip` made: the Chrome and Firefox packages hold the shipped
// builds, and the sources package holds what AMO's reviewers need to rebuild
// the Firefox package — and nothing that is not ours to send (installed
// libraries, build output, saved third-party pages from tests/ or ../shared).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: path.join(OUT, `${name}-${version}-chrome-mv3.zip`),
  firefox: path.join(OUT, `${name}-${version}-firefox-mv3.zip`),
  sources: path.join(OUT, `${name}-${version}-sources.zip`),
};

async function open(file: string): Promise<JSZip> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run zip first`);
  return JSZip.loadAsync(readFileSync(file));
}
const filesOf = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();

/** Every file under a folder, relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))])).sort();
}

describe('store packages', () => {
  it('the Chrome and Firefox zips hold exactly their builds, manifest at the root', async () => {
    for (const [zipFile, dir] of [[ZIPS.chrome, 'chrome-mv3'], [ZIPS.firefox, 'firefox-mv3']] as const) {
      const zip = await open(zipFile);
      expect(filesOf(zip)).toEqual(walk(path.join(OUT, dir)));
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { manifest_version: number; version: string };
      expect(manifest).toMatchObject({ manifest_version: 3, version });
    }
  });

  it('both packages ship the privacy policy from docs/privacy.md', async () => {
    const heading = /^# (.+)$/m.exec(readFileSync(path.join(ROOT, 'docs/privacy.md'), 'utf8'))![1]!;
    for (const zipFile of [ZIPS.chrome, ZIPS.firefox]) {
      const html = await (await open(zipFile)).file('privacy.html')!.async('string');
      expect(html).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain('How to delete your data');
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('the sources zip holds the project, its lock file and README, and no libraries, output or third-party pages', async () => {
    const files = filesOf(await open(ZIPS.sources));
    for (const f of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'scripts/build/store-safe-libraries.ts', 'docs/privacy.md'])
      expect(files, f).toContain(f);
    for (const dir of ['entrypoints/', 'components/', 'lib/', 'public/']) expect(files.some((f) => f.startsWith(dir)), dir).toBe(true);
    const forbidden = files.filter((f) => /(^|\/)(node_modules|\.output|\.wxt|\.git|test-results|demo-screenshots)\//.test(f) || f.startsWith('tests/') || f.includes('shared/fixtures') || f.startsWith('../'));
    expect(forbidden).toEqual([]);
    // No saved host page anywhere (they live under tests/ and ../shared only).
    expect(files.filter((f) => f.endsWith('.html') && !f.startsWith('entrypoints/'))).toEqual([]);
  });

  describe('rebuilding the Firefox package from the sources zip alone', () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'rapport-sources-'));
      const zip = await open(ZIPS.sources);
      for (const f of Object.values(zip.files)) {
        if (f.dir) continue;
        const to = path.join(dir, f.name);
        mkdirSync(path.dirname(to), { recursive: true });
        writeFileSync(to, await f.async('nodebuffer'));
      }
      // What `npm ci` installs from package-lock.json is what this checkout has
      // installed from the same lock file; linking it saves a download.
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      // As a reviewer's shell would run it: vitest's NODE_ENV=test would change the bundle.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
      const run = (args: string[]) => execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), args, { cwd: dir, stdio: 'pipe', env: { ...env, FORCE_COLOR: '0' } });
      run(['prepare']);
      run(['build', '-b', 'firefox']);
    });
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('gives the same files, byte for byte, as the Firefox zip', async () => {
      const zip = await open(ZIPS.firefox);
      const rebuilt = path.join(dir, '.output/firefox-mv3');
      expect(walk(rebuilt)).toEqual(filesOf(zip));
      for (const f of filesOf(zip)) expect(readFileSync(path.join(rebuilt, f)).equals(await zip.file(f)!.async('nodebuffer')), f).toBe(true);
    });
  });
});
