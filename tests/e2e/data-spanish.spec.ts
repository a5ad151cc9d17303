// Options → Data in a browser whose language is Spanish: the reasons the
// importer gives for a bad row, a broken file and the column choices are
// built in lib/import and must reach the user in Spanish, line numbers kept.
import { writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { launch } from './fixtures';

test('in a Spanish browser, a CSV with a bad row shows that row’s reason in Spanish, and a broken file its line', async ({}, info) => {
  const ext = await launch({ lang: 'es' });
  try {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(`chrome-extension://${ext.extensionId}/options.html#data`);

    // Outlook's export headers: the format is known, so the preview comes straight away.
    const contacts = info.outputPath('contactos.csv');
    writeFileSync(contacts, 'First Name,Last Name,E-mail Address\r\nAna,Ruiz,ana@ruiz.example\r\nBen,Stone,no-es-un-correo\r\n');
    await page.getByLabel('Elegir un archivo de contactos…').setInputFiles(contacts);
    await expect(page.getByRole('heading', { name: 'Vista previa de la importación: contactos.csv' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^3 / })).toContainText('“no-es-un-correo” en la columna “E-mail Address” no es una dirección de correo electrónico.');
    await page.screenshot({ path: info.outputPath('data-import-es.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancelar' }).click();

    // A quote never closed: the whole file is refused with the line it starts on.
    const broken = info.outputPath('roto.csv');
    writeFileSync(broken, 'First Name,Last Name,E-mail Address\r\nAna,Ruiz,ana@ruiz.example\r\n"Ben,Stone,ben@stone.example\r\n');
    await page.getByLabel('Elegir un archivo de contactos…').setInputFiles(broken);
    await expect(page.getByRole('alert')).toContainText(
      'No se puede importar roto.csv: línea 3: Un valor entre comillas que empieza en la línea 3 nunca se cierra, así que no se puede leer el resto del archivo.',
    );

    // A file of unknown shape whose headings Rapport cannot guess: the mapping step says what is missing, in Spanish, until a name column is chosen.
    const firm = info.outputPath('despacho.csv');
    writeFileSync(firm, 'Cliente,Correo\r\nChidi Okafor,chidi@okafor.example\r\n');
    await page.getByLabel('Elegir un archivo de contactos…').setInputFiles(firm);
    await expect(page.getByRole('heading', { name: 'Asignar las columnas de despacho.csv' })).toBeVisible();
    const problem = page.getByText('Elija al menos una columna para el nombre, la organización o la dirección de correo electrónico.');
    await expect(problem).toBeVisible();
    await page.getByLabel('Importar “Cliente” como').selectOption({ label: 'Nombre completo' });
    await expect(problem).toHaveCount(0);
  } finally {
    await ext.close();
  }
});
