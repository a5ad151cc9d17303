// Saved host pages are parsed with jsdom (parse5, the WHATWG HTML parsing
// algorithm browsers implement) — not happy-dom, whose parser differs from a
// browser's on stray markup (see tests/unit/sites/efiling/parser-parity.test.ts).
// Scripts never run and nothing is fetched (jsdom's defaults).
import { JSDOM } from 'jsdom';

export const parseHtml = (html: string, url = 'https://example.test/'): Document => new JSDOM(html, { url }).window.document as unknown as Document;
