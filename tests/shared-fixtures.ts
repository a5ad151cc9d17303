// Real saved pages from public test suites live beside the repository, in
// ../shared/fixtures (never copied in: see its SOURCES.md). A fresh clone of
// the repository alone has no such folder; the tests that read it then skip,
// saying why, and everything else still runs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures');
export const HAS_SHARED_FIXTURES = existsSync(SHARED_FIXTURES);
export const NO_SHARED_FIXTURES = `skipped: ${SHARED_FIXTURES} is absent (real saved pages live beside the repository, not in it)`;

/** A file under ../shared/fixtures, e.g. `pacer/dockets__cand_263146.html`. */
export const sharedPath = (rel: string) => path.join(SHARED_FIXTURES, rel);
export const sharedFixture = (rel: string) => readFileSync(sharedPath(rel), 'utf8');
