/** @vitest-environment happy-dom */
// The sidebar's pieces in Spanish, read the way Chrome reads the shipped
// `_locales/es/messages.json`: whole sentences in the translation's own word
// order (an element such as a <time> or a button placed where the translation
// puts it), counted texts by Spanish plural rules, dates and relative times in
// Spanish. The English is checked by the other component tests.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientCard } from '../../../components/sidebar/ClientCard';
import { withElement } from '../../../components/sidebar/with-element';
import { duration, relativeTime } from '../../../components/sidebar/time';
import type { Ops } from '../../../components/sidebar/ui';
import { ConflictWarning } from '../../../components/people/ConflictWarning';
import { MatterPersonCard } from '../../../components/people/MatterPersonCard';
import { CheckInNotice } from '../../../components/mood/check-in';
import { chromeMessages } from '../../../lib/i18n/chrome-messages';
import { MESSAGES } from '../../../lib/i18n/messages';
import { resetLanguageForTests, uiLanguage } from '../../../lib/i18n/t';
import type { ConflictHit } from '../../../lib/identity/conflicts';
import type { ClientView } from '../../../lib/messaging/protocol';
import type { Client } from '../../../lib/model/client';
import { describeMoods } from '../../../lib/mood/trend';
import { MATTER_ROLE_LABELS, MATTER_ROLE_OPTIONS, matterLabel, roleLabel } from '../../../lib/model/matter-roles';
import { chromeGetMessage } from '../setup-i18n';

const NOW = new Date(2026, 10, 30, 10, 0).getTime();
const DAY = 864e5;

const spanish = chromeMessages(MESSAGES, 'es');
beforeAll(() => {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => chromeGetMessage(spanish, key, subs);
  resetLanguageForTests();
});
afterAll(() => {
  fakeBrowser.reset(); // back to English for whatever runs next in this worker
  resetLanguageForTests();
});

let container: HTMLElement | undefined;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = undefined;
});
const mount = (ui: preact.ComponentChild) => {
  const el = document.body.appendChild(document.createElement('div'));
  container = el;
  return act(() => render(ui, el));
};
const $ = (selector: string) => container!.querySelector(selector)!;
const text = (el: Element | null | undefined = container) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the sidebar in Spanish', () => {
  it('formats in Spanish once the texts are Spanish', () => {
    expect(uiLanguage()).toBe('es');
    expect(relativeTime(NOW - 10_000, NOW)).toBe('hace un momento');
    expect(relativeTime(NOW - 3 * DAY, NOW)).toBe('hace 3 días');
    expect(duration(NOW - 2 * 3600_000, NOW)).toBe('2 horas');
    expect(duration(NOW - 3600_000, NOW)).toBe('1 hora');
  });

  it('shows a client card in Spanish, the relative time inside its sentence', async () => {
    const client: Client = {
      id: 'c1',
      name: 'Ana María López',
      emails: ['ana@acme.com'],
      phones: [],
      domains: [],
      matters: [],
      notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' },
      goals: [],
      tags: [],
      createdAt: NOW - 100 * DAY,
      updatedAt: NOW - 100 * DAY,
    };
    const view: ClientView = { client, matchedOn: ['ana@acme.com'], lastContact: NOW - 3 * DAY, cadence: { status: 'overdue' }, recent: [] };
    const ops: Ops = { now: () => NOW, update: async () => {}, log: async () => {}, status: () => {} };
    await mount(<ClientCard view={view} ops={ops} waiting={{ since: NOW - 2 * DAY, level: 'urgent' }} />);
    const [last, pill] = [...$('.rp-contact').children];
    expect(text(last!)).toBe('Último contacto: hace 3 días');
    expect(last!.querySelector('time')!.textContent).toBe('hace 3 días');
    expect(text(pill!)).toBe('Vencido');
    expect(text()).toContain('Coincide por: ana@acme.com');
    expect(text($('.rp-await'))).toBe('Esperando su respuesta · 2 días: vencido');
    expect($('.rp-await').getAttribute('title')).toMatch(/^Su mensaje llegó el 28 nov 2026/);
    expect(text()).toContain('Notas personales');
    expect(text()).toContain('Aún no hay nada registrado.');
  });

  it('counts conflict hits by Spanish plural rules, the candidate kept in place', async () => {
    const hit = (clientId: string): ConflictHit => ({
      strength: 'exact',
      clientId,
      clientName: 'Elena Ruiz',
      role: 'client',
      reasons: [{ code: 'email', strength: 'exact', field: 'email', candidate: 'v@b.example', record: 'v@b.example' }],
    });
    await mount(<ConflictWarning subject="Victor Brandt" hits={[hit('a')]} onCancel={() => {}} onSaveAnyway={() => {}} />);
    expect(text($('[role=alert]'))).toBe('Victor Brandt coincide con un registro de Rapport. Verifique si hay un conflicto antes de guardar.');
    expect(text($('h2'))).toBe('Posible conflicto de intereses');
    render(null, container!);
    await act(() => render(<ConflictWarning subject="Victor Brandt" hits={[hit('a'), hit('b')]} onCancel={() => {}} onSaveAnyway={() => {}} />, container!));
    expect(text($('[role=alert]'))).toBe('Victor Brandt coincide con 2 registros de Rapport. Verifique si hay un conflicto antes de guardar.');
  });

  it('names roles in Spanish wherever they are read, and puts the client button inside its sentence', async () => {
    expect(roleLabel('opposing-counsel')).toBe('Abogado de la parte contraria');
    expect(MATTER_ROLE_LABELS.court).toBe('Tribunal / secretario judicial');
    expect(MATTER_ROLE_OPTIONS.map((o) => o.label)).toContain('Perito');
    expect(matterLabel({})).toBe('Asunto sin título');
    await mount(
      <MatterPersonCard
        person={{ name: 'Victor Brandt', role: 'opposing-counsel' }}
        matter={{ label: 'Ruiz v. Harbor Properties' }}
        client={{ name: 'Elena Ruiz' }}
        onOpenClient={() => {}}
        goals={<p>—</p>}
      />,
    );
    expect(text($('.pp-role-line'))).toBe('Abogado de la parte contraria · Ruiz v. Harbor Properties');
    const line = $('.pp-client');
    expect(text(line)).toBe('Cliente: Elena Ruiz');
    expect(line.querySelector('button')!.textContent).toBe('Elena Ruiz');
    expect(text()).toContain('Objetivos de Elena Ruiz para este asunto');
  });

  it('describes moods and the check-in in Spanish', async () => {
    expect(describeMoods([1])).toBe('Estado de ánimo en la última interacción: satisfecho.');
    expect(describeMoods([1, undefined, -1])).toBe(
      'Estado de ánimo en las últimas 3 interacciones, de la más antigua a la más reciente: satisfecho, sin registrar, frustrado.',
    );
    await mount(<CheckInNotice name="Ana" state={{ raised: true, reason: 'falling', since: NOW }} />);
    expect(text()).toBe('Comuníquese con Ana: su estado de ánimo ha ido empeorando.');
    expect($('strong').textContent).toBe('Comuníquese con Ana');
  });
});

describe('withElement', () => {
  it('puts the element where the translation puts its placeholder, first, middle or last', async () => {
    await mount(
      <p>
        {withElement((m) => `${m} es el último`, <b>Ana</b>)}|{withElement((m) => `antes ${m} después`, <b>x</b>)}|{withElement((m) => `al final ${m}`, <b>y</b>)}
      </p>,
    );
    expect($('p').innerHTML).toBe('<b>Ana</b> es el último|antes <b>x</b> después|al final <b>y</b>');
  });

  it('still shows the element when a translation lost the placeholder', async () => {
    await mount(<p>{withElement(() => 'sin marcador', <b>Ana</b>)}</p>);
    expect($('p').innerHTML).toBe('sin marcador <b>Ana</b>');
  });
});
