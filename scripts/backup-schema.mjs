#!/usr/bin/env node
// `npm run docs:schema`: writes docs/backup-format.schema.json from the zod
// schema (lib/backup/json-schema.ts). Vite (already here for vitest and WXT)
// loads the TypeScript module, so no extra runner is needed.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./lib/backup/json-schema.ts', { configFile: false, logLevel: 'error' });
const out = 'docs/backup-format.schema.json';
writeFileSync(out, module.backupJsonSchemaText());
console.log(`wrote ${out}`);
