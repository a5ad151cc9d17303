/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { normaliseMatterCode } from '../../../../lib/identity/normalise';
// With the tables at hand: what the content script reads once the background has answered (reading.test.ts checks the two agree).
import { byRow, createScanner, scanElement } from '../../../../lib/sites/efiling/tables';

const dom = (html: string) => {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body;
};
const codes = (...c: string[]) => new Set(c.map((x) => normaliseMatterCode(x)!));
const caseNo = (i: number) => `24STCV${String(i).padStart(5, '0')}`;

function bigTable(rows: number) {
  const body = dom('<table><thead><tr><th>Order #</th><th>Case Number</th><th>Notes</th><th>Matter</th></tr></thead><tbody></tbody></table>');
  const tbody = body.querySelector('tbody')!;
  const html: string[] = [];
  for (let i = 1; i <= rows; i++)
    html.push(
      `<tr id="r${i}"><td>${31000000 + i}</td><td><a href="#">${caseNo(i)}</a></td>` +
        `<td>Call (415) 555-${String(i % 10000).padStart(4, '0')} by 11/05/2026 10:30 AM</td><td>${i % 100 === 0 ? 'ACME-0042' : ''}</td></tr>`,
    );
  tbody.innerHTML = html.join('');
  return body;
}

describe('scanElement', () => {
  it('finds case numbers and matter codes with their element and row', () => {
    const body = dom(`
      <p>Re <b>22STCV11897</b> and Acme 0042 (acme 0042) — call 415-555-0123</p>
      <ul><li>Matter <i>ACME-7</i>: 4:13-md-02420-YGR</li></ul>
      <div role="row"><span>CGC-10-501886</span></div>`);
    const hits = scanElement(body, { matterCodes: codes('ACME 0042', 'acme-7') });
    // A case hit's key is its reference: the number as printed (upper case), with the page's court when known.
    expect(hits.map((h) => [h.kind, h.key, h.raw, h.element.localName, h.row?.localName ?? null])).toEqual([
      ['case', '22STCV11897', '22STCV11897', 'b', null],
      ['matter', 'ACME 0042', 'Acme 0042', 'p', null], // once per element, though written twice
      ['matter', 'ACME-7', 'ACME-7', 'i', 'li'],
      ['case', '4:13-MD-02420-YGR', '4:13-md-02420-YGR', 'li', 'li'],
      ['case', 'CGC-10-501886', 'CGC-10-501886', 'span', 'div'],
    ]);
  });

  it('skips scripts, form fields, templates and cheaply-hidden subtrees', () => {
    const body = dom(`
      <script>var c = "22STCV11897";</script><style>/* 23CV00274 */</style><noscript>23CV00275</noscript>
      <textarea>23CV00276</textarea><input value="23CV00277"><select><option>23CV00278</option></select>
      <template><p>23CV00279</p></template>
      <div hidden><p>23CV00280</p></div><div style="display: none"><p>23CV00281</p></div><div style="VISIBILITY:HIDDEN"><p>23CV00283</p></div>
      <div style="color:red"><p>23CV00282</p></div>`);
    expect(scanElement(body).map((h) => h.key)).toEqual(['23CV00282']);
    expect(scanElement(body.querySelector('[hidden] p')!)).toEqual([]);
  });

  it('matter codes need known codes and whole tokens', () => {
    const body = dom('<p>ACME-00421 XACME-0042 ACME-0042.</p>');
    expect(scanElement(body)).toEqual([]);
    expect(scanElement(body, { matterCodes: codes('ACME-0042') }).map((h) => h.raw)).toEqual(['ACME-0042']);
  });

  it('2,000-row table: every case once, grouped by row, no near-misses', () => {
    const body = bigTable(2000);
    const hits = scanElement(body, { matterCodes: codes('ACME-0042') });
    const cases = hits.filter((h) => h.kind === 'case');
    expect(cases).toHaveLength(2000);
    expect(cases[1999]!.key).toBe(caseNo(2000));
    expect(hits.filter((h) => h.kind === 'matter')).toHaveLength(20);
    const rows = byRow(hits);
    expect(rows.size).toBe(2000);
    expect(rows.get(body.querySelector('#r100'))!.map((h) => h.key)).toEqual([caseNo(100), 'ACME-0042']);
  });
});

describe('createScanner', () => {
  it('re-scans only the changed row and reports the difference', () => {
    const body = bigTable(2000);
    const s = createScanner({ matterCodes: codes('ACME-0042') });
    expect(s.scan(body)).toHaveLength(2020);

    const r5 = body.querySelector('#r5')!;
    const link = r5.querySelector('a')!;
    link.textContent = '23CV00274';
    const { added, removed } = s.rescan([link.firstChild!]); // a characterData-style target: the text node
    expect(added.map((h) => [h.key, h.row])).toEqual([['23CV00274', r5]]);
    expect(removed.map((h) => [h.key, h.row])).toEqual([[caseNo(5), r5]]);
    expect(s.hits()).toHaveLength(2020);

    // Nothing changed → nothing reported.
    expect(s.rescan([r5])).toEqual({ added: [], removed: [] });
  });

  it('handles removed and added rows', () => {
    const body = bigTable(50);
    const s = createScanner();
    s.scan(body);
    const tbody = body.querySelector('tbody')!;
    const r7 = body.querySelector('#r7')!;
    r7.remove();
    const fresh = body.ownerDocument.createElement('tr');
    fresh.innerHTML = '<td>31999999</td><td>CGC-10-501886</td><td>(415) 555-0123</td><td></td>';
    tbody.append(fresh);
    const { added, removed } = s.rescan([r7, fresh]);
    expect(removed.map((h) => h.key)).toEqual([caseNo(7)]);
    expect(added.map((h) => [h.key, h.row])).toEqual([['CGC-10-501886', fresh]]);
    expect(s.hits()).toHaveLength(50);
  });

  it('a changed container re-scans its rows once, nested scopes collapse', () => {
    const body = bigTable(20);
    const s = createScanner();
    s.scan(body);
    const tbody = body.querySelector('tbody')!;
    body.querySelector('#r3 a')!.textContent = 'nothing here';
    const { added, removed } = s.rescan([body.querySelector('#r3')!, tbody, body.querySelector('#r4 td')!]);
    expect(added).toEqual([]);
    expect(removed.map((h) => h.key)).toEqual([caseNo(3)]);
    expect(s.hits()).toHaveLength(19);
  });

  it('hits outside rows are kept per element', () => {
    const body = dom('<p id="a">22STCV11897</p><p id="b">23CV00274</p>');
    const s = createScanner();
    expect(s.scan(body).map((h) => h.key)).toEqual(['22STCV11897', '23CV00274']);
    const b = body.querySelector('#b')!;
    b.textContent = '23CV00274 and BC123456';
    expect(s.rescan([b]).added.map((h) => h.key)).toEqual(['BC123456']);
    expect(s.hits().map((h) => h.key).sort()).toEqual(['22STCV11897', '23CV00274', 'BC123456']);
  });
});

describe('createScanner bookkeeping', () => {
  it('a removed row reported only through its parent still goes away; nodes outside the root are ignored', () => {
    const body = bigTable(10);
    const s = createScanner();
    s.scan(body.querySelector('table')!);
    body.querySelector('#r2')!.remove();
    const { added, removed } = s.rescan([body.querySelector('tbody')!]);
    expect(added).toEqual([]);
    expect(removed.map((h) => h.key)).toEqual([caseNo(2)]);
    const outside = body.ownerDocument.createElement('p');
    outside.textContent = '22STCV11897';
    body.append(outside);
    expect(s.rescan([outside])).toEqual({ added: [], removed: [] });
    expect(s.hits()).toHaveLength(9);
  });
});
