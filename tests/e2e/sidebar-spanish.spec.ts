// The sidebar in a browser whose language is Spanish: Chromium picks the
// extension's `_locales/es`, and the sidebar beside a Gmail thread reads in
// Spanish — whole sentences in the translation's order, relative times and
// roles in Spanish, the page marked as Spanish for screen readers.
import { test, expect } from '@playwright/test';
import { SidebarFrame, sidebarFrameOf } from './sidebar-frame';
import { fixture, launch, rapport, serve } from './fixtures';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKlmzRgTfrJMhVdSxVbcmqnXw';
const ELENA = 'elena.ruiz@ruizflowers.com';
const BRANDT = 'vbrandt@brandt-defense.com';
const DAY = 86_400_000;

/** The saved thread, with the client Elena in Maria's place and opposing counsel Victor Brandt in Luis's. */
const thread = fixture('gmail/thread-several-messages.2026-11.html')
  .replaceAll('maria.alvarez@alvarezbakery.com', ELENA)
  .replaceAll('Maria Alvarez', 'Elena Ruiz')
  .replaceAll('luis@alvarezbakery.com', BRANDT)
  .replaceAll('Luis Alvarez', 'Victor Brandt');

test('in a Spanish browser the sidebar speaks Spanish: client card, matter person and the check-in', async ({}, testInfo) => {
  const ext = await launch({ lang: 'es' });
  try {
    const { context, sw } = ext;
    const elena = await rapport(sw, 'createClient', {
      client: {
        name: 'Elena Ruiz',
        emails: [ELENA],
        goals: [{ id: 'g1', text: 'Conservar el local de la florería', acceptableOutcome: 'Cinco años más', updatedAt: Date.now() }],
        matters: [
          {
            id: 'm-lease',
            caseName: 'Ruiz v. Harbor Properties',
            caseNumber: '3:24-cv-01234-RS',
            people: [{ id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', organisation: 'Brandt Defense LLP', emails: [BRANDT] }],
          },
        ],
      },
    });
    // Two frustrated calls in a row raise "Check in with …"; the latest was three days ago.
    for (const daysAgo of [5, 3])
      await rapport(sw, 'logInteraction', { interaction: { clientId: elena.client.id, kind: 'call', at: Date.now() - daysAgo * DAY, summary: 'Llamada', sentiment: -1 } });

    const page = context.pages()[0] ?? (await context.newPage());
    await serve(context, 'https://mail.google.com/**', thread);
    await page.goto(THREAD);
    const sidebar = await SidebarFrame.of(page);
    const text = await sidebar.waitForText('Abogado de la parte contraria · Ruiz v. Harbor Properties');
    expect(text).toContain(`Coincide por: ${ELENA}`);
    expect(text).toMatch(/Último contacto:\s*hace 3 días/);
    expect(text).toContain('Cliente: Elena Ruiz');
    expect(text).toMatch(/Notas personales/i); // section titles are set in capitals by CSS
    expect(text).toContain('Resultado aceptable: Cinco años más');
    await sidebar.waitForText('Comuníquese con Elena Ruiz: dos interacciones seguidas con frustración.');
    expect(await sidebarFrameOf(page)!.evaluate(() => document.documentElement.lang)).toMatch(/^es\b/);
    await page.screenshot({ path: testInfo.outputPath('sidebar-es.png') });
  } finally {
    await ext.close();
  }
});

// Every extension page in Spanish, and no page showing a message's key (what
// t() shows when a message is missing from the shipped _locales).
test('in a Spanish browser Options, Settings, Data, the popup and the welcome page read Spanish, with no message missing', async () => {
  const { MESSAGES } = await import('../../lib/i18n/messages');
  const keys = Object.keys(MESSAGES);
  const ext = await launch({ lang: 'es' });
  try {
    const { context, extensionId } = ext;
    await rapport(ext.sw, 'createClient', { client: { name: 'Ana Gómez', emails: ['ana@example.com'] } });
    const page = await context.newPage();
    const visit = async (path: string, expected: string) => {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(page.getByText(expected, { exact: true }).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es\b/);
      const text = await page.locator('body').innerText();
      expect(keys.filter((k) => new RegExp(`\\b${k}\\b`).test(text)), path).toEqual([]);
    };
    await visit('options.html#clients', MESSAGES.settings_nav_losing_touch.es);
    await visit('options.html#settings', MESSAGES.settings_nav_data.es);
    await visit('options.html#data', MESSAGES.settings_nav_check_name.es);
    await visit('popup.html', MESSAGES.popup_search_clients.es);
    await visit('welcome.html', MESSAGES.welcome_title.es);
  } finally {
    await ext.close();
  }
});
