// Which build of the extension the benches load, and how it is built: in one
// place, so switching the benches to another build (a test build that keeps
// globalThis.rapport, say) is a change here only.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The unpacked extension the benches load into Chromium. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** The command that produces it. */
export const BUILD_COMMAND = ['npx', ['wxt', 'build']];
