// Which build of the extension the benches load, and how it is built: in one
// place, so switching the benches to another build (a test build that keeps
// globalThis.rapport, say) is a change here only.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * The unpacked extension the benches load into Chromium: the test build, the
 * shipped code plus globalThis.rapport in the worker, which the benches seed
 * and drive it through.
 */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
/** The command that produces it. */
export const BUILD_COMMAND = ['npx', ['wxt', 'build', '--mode', 'e2e']];
