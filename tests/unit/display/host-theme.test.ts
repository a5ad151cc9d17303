/** @vitest-environment jsdom */
// The host page's theme (components/host/host-theme.ts): computed colours read
// as luminance, the light/dark decision, and the walk from the mail's column up
// to the first background that shows (jsdom: like Chromium, it computes colours
// as rgb()). And the sidebar page's choice between the setting and the host's
// theme (components/display/theme.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { colourLuminance, DARK_BELOW, decideTheme, readTheme } from '../../../components/host/host-theme';
import { effectiveTheme } from '../../../components/display/theme';

const y = (css: string) => colourLuminance(css)?.y;

describe('computed colours as relative luminance', () => {
  it('reads rgb() and rgba(), with or without commas, and their alpha', () => {
    expect(y('rgb(255, 255, 255)')).toBeCloseTo(1, 5);
    expect(y('rgb(0, 0, 0)')).toBe(0);
    // WCAG's own figure for #777: 0.184.
    expect(y('rgb(119, 119, 119)')).toBeCloseTo(0.184, 3);
    // Gmail's dark surface #202124.
    expect(y('rgb(32, 33, 36)')).toBeCloseTo(0.0152, 3);
    expect(colourLuminance('rgba(0, 0, 0, 0)')).toEqual({ y: 0, a: 0 });
    expect(colourLuminance('rgb(255 255 255 / 0.25)')).toEqual({ y: 1, a: 0.25 });
    expect(colourLuminance('rgb(100% 100% 100% / 50%)')).toEqual({ y: 1, a: 0.5 });
  });

  it('reads the other forms Chromium computes: color(srgb …), lab, lch, oklab, oklch', () => {
    expect(y('color(srgb 1 1 1)')).toBeCloseTo(1, 5);
    expect(y('color(srgb 0.125 0.129 0.141)')).toBeCloseTo(y('rgb(32, 33, 36)')!, 3);
    expect(y('color(display-p3 1 1 1)')).toBeCloseTo(1, 5);
    expect(colourLuminance('color(srgb 0 0 0 / 0.4)')?.a).toBeCloseTo(0.4);
    // L* 50 is luminance 0.184; OKLab lightness is the cube root of luminance for greys.
    expect(y('lab(50 0 0)')).toBeCloseTo(0.184, 3);
    expect(y('lch(50% 0 0)')).toBeCloseTo(0.184, 3);
    expect(y('oklab(0.5 0 0)')).toBeCloseTo(0.125, 5);
    expect(y('oklch(20% 0.01 250)')).toBeCloseTo(0.008, 5);
    expect(y('lab(none 0 0)')).toBe(0);
  });

  it('gives nothing for what it cannot read, rather than a guess', () => {
    for (const css of ['', 'transparent', 'canvas', '#ffffff', 'hsl(0 0% 100%)', 'color(xyz 1 1 1)', 'color(srgb-linear 1 1 1)', 'rgb(', 'url(x)', 'rgb(a, b, c)', 'rgb(1, 2)', 'oklch()'])
      expect(colourLuminance(css), css).toBeNull();
  });
});

describe('light or dark', () => {
  it('is decided by the first background that shows, innermost first', () => {
    expect(decideTheme(['rgb(32, 33, 36)'])).toBe('dark');
    expect(decideTheme(['rgb(255, 255, 255)'])).toBe('light');
    // See-through layers are skipped: the page behind them shows.
    expect(decideTheme(['rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0.3)', 'rgb(41, 40, 39)', 'rgb(255, 255, 255)'])).toBe('dark');
    expect(decideTheme(['rgba(0, 0, 0, 0)', 'rgba(32, 33, 36, 0.9)', 'rgb(255, 255, 255)'])).toBe('dark');
    // Unreadable forms are passed over like see-through ones.
    expect(decideTheme(['hsl(0 0% 0%)', 'rgb(246, 248, 252)'])).toBe('light');
  });

  it('turns where black and white text contrast equally with the background', () => {
    // (1 + 0.05) / (Y + 0.05) = (Y + 0.05) / (0 + 0.05)
    expect(DARK_BELOW).toBeCloseTo(0.179, 3);
    const grey = (v: number) => `rgb(${v}, ${v}, ${v})`;
    // #757575 (0.178) is dark, #777777 (0.184) light.
    expect(decideTheme([grey(117)])).toBe('dark');
    expect(decideTheme([grey(119)])).toBe('light');
    // Outlook's dark #292827 and light #faf9f8; Gmail's light #f6f8fc.
    expect(decideTheme(['rgb(41, 40, 39)'])).toBe('dark');
    expect(decideTheme(['rgb(250, 249, 248)'])).toBe('light');
    expect(decideTheme(['rgb(246, 248, 252)'])).toBe('light');
  });

  it('with no background painted, goes by the text colour: light text is meant for a dark page', () => {
    expect(decideTheme(['rgba(0, 0, 0, 0)'], 'rgb(232, 234, 237)')).toBe('dark');
    expect(decideTheme(['rgba(0, 0, 0, 0)'], 'rgb(32, 33, 36)')).toBe('light');
    // Muted grey text on a light page is still a light page.
    expect(decideTheme([], 'rgb(128, 134, 139)')).toBe('light');
    expect(decideTheme(['rgba(0, 0, 0, 0)'], 'currentcolor')).toBeNull();
    expect(decideTheme([])).toBeNull();
  });
});

describe('reading a page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });

  it('walks from the mail column up to the first background that shows', () => {
    document.body.innerHTML = '<div id="app" style="background: #202124"><div id="mid"><div id="main" style="color: #e8eaed">mail</div></div></div><div id="other">x</div>';
    document.body.style.background = '#ffffff';
    expect(readTheme(document.getElementById('main'))).toBe('dark');
    // Elsewhere on the same page, the page's own white shows.
    expect(readTheme(document.getElementById('other'))).toBe('light');
    // Without a column found, <body> decides.
    expect(readTheme(null)).toBe('light');
  });
});

describe('the sidebar page’s theme', () => {
  it('follows the host page while the setting is "as the system"; a chosen theme wins', () => {
    expect(effectiveTheme('system', 'dark')).toBe('dark');
    expect(effectiveTheme('system', 'light')).toBe('light');
    expect(effectiveTheme('light', 'dark')).toBe('light');
    expect(effectiveTheme('dark', 'light')).toBe('dark');
    // Not framed in a mail page (or not told yet): the system's scheme.
    expect(effectiveTheme('system', undefined)).toBe('system');
  });
});
