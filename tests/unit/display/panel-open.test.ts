// The background's answer to a portal badge asking for the side panel
// (lib/display/panel-open.ts): who may ask, and that the browser is asked
// before anything awaits (the user's gesture lasts only that long; the real
// browser's side of it is tests/e2e/sidepanel-portal.spec.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPanelFor, panelRefusal, type PanelSender } from '../../../lib/display/panel-open';
import { isPanelRequest, OPEN_PANEL } from '../../../lib/display/panel-request';

const own = { id: 'rapport-id', origins: ['chrome-extension://rapport-id'] };
const portal: PanelSender = { id: 'rapport-id', url: 'https://app.onelegal.com/orders?status=all', tab: { id: 12, windowId: 3 }, frameId: 0 };

type Chrome = { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
const g = globalThis as { chrome?: Chrome };
const saved = g.chrome;
afterEach(() => {
  g.chrome = saved;
});

describe('who may ask for the side panel', () => {
  it('a content script of ours in a portal tab’s top frame, known portal or one the user added', () => {
    expect(panelRefusal(portal, own)).toBeNull();
    expect(panelRefusal({ ...portal, url: 'https://efile.county-court.example.gov/cases' }, own)).toBeNull();
  });

  it('nobody else', () => {
    expect(panelRefusal({ ...portal, id: 'another-extension' }, own)).toBe('not Rapport');
    expect(panelRefusal({ ...portal, tab: undefined }, own)).toBe('not in a tab');
    expect(panelRefusal({ ...portal, frameId: 4 }, own)).toBe('not the top frame');
    expect(panelRefusal({ ...portal, url: undefined }, own)).toBe('no address');
    expect(panelRefusal({ ...portal, url: 'chrome-extension://rapport-id/popup.html' }, own)).toBe('an extension page');
    // Mail pages have no badges; a page over plain http is no portal of ours.
    expect(panelRefusal({ ...portal, url: 'https://mail.google.com/mail/u/0/#inbox' }, own)).toBe('not a portal');
    expect(panelRefusal({ ...portal, url: 'http://app.onelegal.com/orders' }, own)).toBe('not a portal');
  });

  it('knows its own request by type, and nothing else', () => {
    expect(isPanelRequest({ type: OPEN_PANEL })).toBe(true);
    expect(isPanelRequest({ type: 'reportScreen' })).toBe(false);
    expect(isPanelRequest(null)).toBe(false);
    expect(isPanelRequest('rapport-panel:open')).toBe(false);
  });
});

describe('opening it', () => {
  it('asks the browser at once, for the sender’s window, and says whether it opened', async () => {
    const open = vi.fn((_o: { windowId: number }) => Promise.resolve());
    g.chrome = { sidePanel: { open } };
    const reply = openPanelFor(portal, own);
    // Before any await: a later call would no longer count as the user's click.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await reply).toEqual({ opened: true });
  });

  it('says it did not when the browser refuses, throws, or the sender may not ask', async () => {
    g.chrome = { sidePanel: { open: () => Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.')) } };
    expect(await openPanelFor(portal, own)).toEqual({ opened: false });
    g.chrome = {
      sidePanel: {
        open: () => {
          throw new Error('No side panel here');
        },
      },
    };
    expect(await openPanelFor(portal, own)).toEqual({ opened: false });
    const open = vi.fn(() => Promise.resolve());
    g.chrome = { sidePanel: { open } };
    expect(await openPanelFor({ ...portal, url: 'https://outlook.office.com/mail/' }, own)).toEqual({ opened: false });
    expect(open).not.toHaveBeenCalled();
  });
});
