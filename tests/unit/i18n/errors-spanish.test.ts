// Errors and reasons built in lib/ read in Spanish: the importers' line
// reasons, a backup's path issues (the path kept, the reason translated), the
// model's and zod's own messages, the router's and stores' refusals, the
// shortcut's notification, portals, promises and the court-day steps.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsv } from '../../../lib/import/csv';
import { guessMapping } from '../../../lib/import/mapping';
import { rowToClient } from '../../../lib/import/rows';
import { mappingProblem } from '../../../lib/import/index';
import { validateBackup } from '../../../lib/backup/validate';
import { formatIssue } from '../../../lib/backup/issues';
import { clientInputSchema } from '../../../lib/model/client';
import { zodMessage } from '../../../lib/model/zod-messages';
import { route } from '../../../lib/messaging/router';
import { handlers } from '../../../lib/messaging/handlers';
import { openRapportDb } from '../../../lib/db/open';
import { undoable } from '../../../lib/db/repos/snapshots';
import { resolveContext } from '../../../lib/identity/resolver';
import { clientKeys } from '../../../lib/identity/keys';
import type { Client } from '../../../lib/model/client';
import { logCallNotice } from '../../../lib/background/commands';
import { checkPortalUrl } from '../../../lib/portals/user-portals';
import { parsePromise } from '../../../lib/deadlines/promise-parse';
import { federalDeadline, FEDERAL_SERVICE_LABELS } from '../../../lib/deadlines/court-days';
import { FEDERAL_HOLIDAYS, holidayName, withEdits } from '../../../lib/deadlines/holidays';
import { speakEnglish, speakSpanish, useSpanish } from '../spanish';

const rowsOf = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.table.rows.map((row) => rowToClient(row, guessMapping(r.table.headers), { newId: () => 'id', now: 7 }));
};

const backupWith = (clients: unknown[]) =>
  JSON.stringify({ format: 'rapport-backup', version: 2, createdAt: '2026-11-30T10:00:00.000Z', app: { name: 'Rapport', version: '1.0.0' }, settings: {}, clients, interactions: [] });
const client = (over: Record<string, unknown>) => ({ id: 'c1', name: 'Ana Ruiz', emails: [], createdAt: 1, updatedAt: 1, ...over });
const errorsOf = (text: string) => {
  const r = validateBackup(text);
  return r.ok ? [] : r.errors.map(formatIssue);
};

describe('lib errors in Spanish', () => {
  useSpanish();

  it('an import row says which value and column, in Spanish', () => {
    const [bad] = rowsOf('Name,Email\nAna Ruiz,not-an-address\n');
    expect(bad).toEqual({ line: 2, ok: false, reason: '“not-an-address” en la columna “Email” no es una dirección de correo electrónico.' });
    const [none] = rowsOf('Name,Email,Notes\n,,a note only\n');
    expect(none).toMatchObject({ ok: false, reason: 'Esta fila no tiene nombre, organización ni dirección de correo electrónico.' });
  });

  it('whole-file CSV problems and the mapping step speak Spanish', () => {
    expect(parseCsv('Name,Notes\n"Ana,unclosed\nBen,x\n')).toEqual({
      ok: false,
      error: { line: 2, message: 'Un valor entre comillas que empieza en la línea 2 nunca se cierra, así que no se puede leer el resto del archivo. Revise las comillas de esa línea.' },
    });
    const mapping = guessMapping(['Notes']);
    expect(mappingProblem(mapping)).toBe('Elija al menos una columna para el nombre, la organización o la dirección de correo electrónico.');
  });

  it('a backup keeps the path and translates the reason, zod’s own checks included', () => {
    expect(errorsOf(backupWith([client({ emails: ['nope'] })]))).toEqual(['clients[0].emails[0]: no es una dirección de correo electrónico válida']);
    expect(errorsOf(backupWith([client({ name: 'x'.repeat(201) })]))).toEqual(['clients[0].name: demasiado largo: como máximo 200 caracteres']);
    expect(errorsOf(backupWith([client({}), client({})]))).toEqual(['clients[1].id: identificador de cliente repetido "c1" (también en clients[0])']);
    expect(errorsOf('{\n  "format": "rapport-backup",\n  oops\n}')).toEqual([
      'JSON no válido en la línea 3, columna 3 (puede que el archivo esté incompleto o editado a mano)',
    ]);
  });

  it('model messages are read when the issue is raised, in the language of that moment', () => {
    const noName = () => clientInputSchema.safeParse({ name: '' }).error!.issues[0]!.message;
    expect(noName()).toBe('Un cliente necesita un nombre');
    speakEnglish();
    expect(noName()).toBe('A client needs a name');
  });

  it('the router and the stores refuse in Spanish', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openRapportDb('es-errors');
    const env = { db, now: () => Date.UTC(2026, 10, 30) };
    expect(await route({ type: 'noSuchMessage', payload: {} }, { kind: 'extension' }, handlers, env)).toEqual({
      ok: false,
      error: { code: 'unknown-message', message: 'Mensaje desconocido: “noSuchMessage”.' },
    });
    const gone = await route({ type: 'getClient', payload: { id: 'missing' } }, { kind: 'extension' }, handlers, env);
    expect(gone).toEqual({ ok: false, error: { code: 'not-found', message: 'Ese cliente ya no existe.' } });
    expect(await undoable(db)).toEqual({ ok: false, reason: 'No hay nada que deshacer: todavía no se ha hecho ninguna importación ni restauración aquí.' });
    db.close();
  });

  it('the sidebar’s “Matched on” reasons are Spanish', async () => {
    const acme: Client = { id: 'acme', name: 'Acme Corp', emails: [], phones: [], domains: ['acme.com'], matters: [{ id: 'm', people: [], caseNumber: '22STCV11897' }], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [], createdAt: 0, updatedAt: 0 };
    const lookup = async (key: string) => ((clientKeys(acme) as string[]).includes(key) ? [acme] : []);
    const r = await resolveContext({ site: 't', url: 'https://x/', people: [{ email: 'cfo@acme.com', role: 'from' }], cases: [{ caseNumber: '22STCV11897' }] }, lookup);
    expect(r.matches.map((m) => m.matchedOn)).toEqual([['cualquier persona de acme.com', 'caso 22STCV11897']]);
  });

  it('the call shortcut’s notification counts in Spanish', () => {
    const n = logCallNotice({ ok: false, reason: 'several', names: ['Mari', 'Tom'] }, true).options;
    expect(n.title).toBe('Rapport: no se registró ninguna llamada');
    expect(n.message).toBe('2 clientes en esta página (Mari, Tom). Abra Rapport desde la barra de herramientas para elegir con quién fue la llamada.');
  });

  it('portal addresses and promises are refused in Spanish', () => {
    expect(checkPortalUrl('http://efile.example-court.gov', [])).toEqual({ ok: false, error: 'Solo se pueden agregar portales https://: las páginas de clientes no deben viajar sin cifrar.' });
    const r = parsePromise('enviar el borrador · 30/2', { now: Date.UTC(2026, 2, 1, 12) });
    expect(r).toEqual({ ok: false, error: '"30/2" no es una fecha real (primero el mes, luego el día).' });
  });

  it('court-day steps, service ways and holiday names are Spanish, dates too', () => {
    expect(FEDERAL_SERVICE_LABELS.mail).toBe('Por correo postal (5(b)(2)(C))');
    expect(holidayName('Thanksgiving Day')).toBe('Día de Acción de Gracias');
    expect(holidayName("New Year's Day (observed)")).toBe('Año Nuevo (día observado)');
    expect(holidayName('Tormenta')).toBe('Tormenta');
    const storm = withEdits(FEDERAL_HOLIDAYS, { added: [{ date: '2026-03-04', name: 'Tormenta', closure: true }], removed: [] });
    const r = federalDeadline({ trigger: '2026-02-22', days: 10, direction: 'after', holidays: storm });
    expect(r.steps[0]!.text).toBe('10 días después del dom, 22 feb 2026, sin contar ese día y contando todos los días: mié, 4 mar 2026.');
    expect(r.steps.at(-1)!.text).toBe('El mié, 4 mar 2026 es un día en que el tribunal está cerrado (Tormenta), así que el último día es el siguiente día hábil judicial: jue, 5 mar 2026.');
  });
});

describe('zod’s own messages', () => {
  // Our English must read as zod's does (tests and saved reports quote it):
  // every issue our map handles is compared with zod's English for it.
  it('English matches zod’s wording for each issue code we map', () => {
    const schemas: [z.ZodType, unknown][] = [
      [z.string(), 5],
      [z.number().int(), 1.5],
      [z.literal('rapport-backup'), 'x'],
      [z.enum(['open', 'met']), 'x'],
      [z.string().max(3), 'abcd'],
      [z.string().min(2), 'a'],
      [z.array(z.string()).max(1), ['a', 'b']],
      [z.array(z.string()).min(1), []],
      [z.number().max(23), 24],
      [z.number().min(0), -1],
      [z.number().positive(), 0],
      [z.number().lt(5), 5],
      [z.email(), 'nope'],
      [z.iso.datetime(), 'nope'],
      [z.url(), 'nope'],
      [z.string().regex(/^a$/), 'b'],
      [z.number().multipleOf(5), 7],
      [z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }],
      [z.record(z.string().regex(/^a/), z.number()), { b: 1 }],
    ];
    const ours = schemas.map(([s, v]) => s.safeParse(v).error!.issues[0]!.message);
    const config = z.config();
    const custom = config.customError;
    z.config({ customError: undefined, localeError: z.locales.en().localeError });
    try {
      const theirs = schemas.map(([s, v]) => s.safeParse(v).error!.issues[0]!.message);
      expect(ours).toEqual(theirs);
    } finally {
      z.config({ customError: custom });
    }
    expect(ours.every((m) => m.length > 0)).toBe(true);
  });

  it('are Spanish for a Spanish browser, and left to zod for a shape we do not map', () => {
    speakSpanish();
    try {
      expect(z.string().max(3).safeParse('abcd').error!.issues[0]!.message).toBe('Demasiado largo: como máximo 3 caracteres');
      expect(z.number().max(23).safeParse(24).error!.issues[0]!.message).toBe('Demasiado grande: como máximo 23');
      expect(z.strictObject({}).safeParse({ b: 1 }).error!.issues[0]!.message).toBe('Clave no reconocida: "b"');
      expect(z.string().safeParse(5).error!.issues[0]!.message).toBe('Entrada no válida: se esperaba string y se recibió number');
      // An exact length has no catalogue text: zod's own words.
      expect(zodMessage({ code: 'too_big', origin: 'string', maximum: 3, exact: true, inclusive: true, input: 'abcd', path: [] } as never)).toBeUndefined();
    } finally {
      speakEnglish();
    }
  });
});
