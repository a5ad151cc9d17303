/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { relevantRecords } from '../../../lib/sites/watch';

// Which of a host app's mutations are worth reading the page again for: judged
// from the record alone, before anything is read.

const record = (r: Partial<MutationRecord>) => ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...r }) as MutationRecord;
const nodes = (...n: Node[]) => n as unknown as NodeList;

function page() {
  document.body.innerHTML = `
    <div id="root">
      <div id="inbox" style="display: none"><table><tbody id="rows"></tbody></table></div>
      <div id="thread"><div id="list"><div id="item" style="background: red"></div></div></div>
    </div>`;
  return { root: document.getElementById('root')!, el: (id: string) => document.getElementById(id)! };
}

describe('relevantRecords', () => {
  it('a style change counts only when it shows or hides the element', () => {
    const { root, el } = page();
    const worth = relevantRecords(root);
    const item = el('item');
    item.setAttribute('style', 'background: blue');
    expect(worth(record({ type: 'attributes', target: item, attributeName: 'style', oldValue: 'background: red' }))).toBe(false);
    item.setAttribute('style', 'display: none');
    expect(worth(record({ type: 'attributes', target: item, attributeName: 'style', oldValue: 'background: blue' }))).toBe(true);
    const thread = el('thread');
    thread.setAttribute('hidden', '');
    expect(worth(record({ type: 'attributes', target: thread, attributeName: 'hidden', oldValue: null }))).toBe(true);
  });

  it('nodes coming or going count, except inside a view the host keeps hidden', () => {
    const { root, el } = page();
    const worth = relevantRecords(root);
    const row = document.createElement('tr');
    el('rows').append(row);
    expect(worth(record({ type: 'childList', target: el('rows'), addedNodes: nodes(row) }))).toBe(false);
    const message = document.createElement('div');
    el('list').append(message);
    expect(worth(record({ type: 'childList', target: el('list'), addedNodes: nodes(message) }))).toBe(true);
    expect(worth(record({ type: 'childList', target: el('list'), removedNodes: nodes(message) }))).toBe(true);
  });
});
