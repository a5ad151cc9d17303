// A host page that does everything a page's own script can to learn what the
// user reads or types in Rapport, installed before Rapport loads (first thing
// in <head>): capture-phase listeners on window and document for every key,
// input, clipboard and focus event; attachShadow, attachInternals and
// customElements.define patched (forcing shadow roots open); a
// MutationObserver on the whole document recording every node, attribute and
// text it sees; message events; and, at the end, a walk of everything
// reachable from the page. `window.__spy.dump()` returns all of it as text.

export const SPY = `
(() => {
  const log = [];
  const keep = (kind, data) => { try { log.push(kind + ' ' + JSON.stringify(data)); } catch { log.push(kind + ' (unserialisable)'); } };
  const describe = (t) => t && t.nodeType === 1 ? t.tagName + (t.id ? '#' + t.id : '') + ' ' + (t.value ?? '') + ' ' + (t.textContent ?? '').slice(0, 2000) : String(t);
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'focusin', 'focusout', 'compositionend', 'change', 'select']) {
    for (const target of [window, document]) {
      target.addEventListener(type, (e) => keep('event', {
        type, key: e.key, code: e.code, data: e.data, inputType: e.inputType,
        clipboard: e.clipboardData && e.clipboardData.getData('text'),
        target: describe(e.target), path: e.composedPath().map(describe).join(' > '),
        related: describe(e.relatedTarget), selection: String(getSelection()),
      }), true);
    }
  }
  addEventListener('message', (e) => keep('message', { data: e.data, origin: e.origin }), true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    keep('attachShadow', { host: describe(this), init });
    // A hostile page would force every root open, to read it later.
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__roots.push(root);
    return root;
  };
  window.__roots = [];
  const internals = HTMLElement.prototype.attachInternals;
  HTMLElement.prototype.attachInternals = function () {
    const i = internals.call(this);
    keep('attachInternals', { host: describe(this) });
    window.__internals.push(i);
    return i;
  };
  window.__internals = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, opts) => { keep('define', { name }); return define(name, ctor, opts); };
  new MutationObserver((records) => {
    for (const r of records)
      keep('mutation', {
        type: r.type, target: describe(r.target), attr: r.attributeName, old: r.oldValue,
        now: r.type === 'attributes' ? r.target.getAttribute(r.attributeName) : r.type === 'characterData' ? r.target.data : undefined,
        added: [...r.addedNodes].map((n) => n.nodeType === 1 ? n.outerHTML : n.textContent),
      });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
  window.__spy = {
    dump() {
      const all = [...document.querySelectorAll('*')];
      const reach = {
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
        attrs: all.flatMap((e) => [...e.attributes].map((a) => a.value)),
        roots: all.filter((e) => e.shadowRoot).map((e) => e.shadowRoot.innerHTML),
        forcedRoots: window.__roots.map((r) => r.innerHTML),
        internals: window.__internals.map((i) => i.shadowRoot && i.shadowRoot.innerHTML),
        frames: (() => { const out = []; for (let i = 0; i < window.length; i++) { try { out.push(window[i].document.body.innerText); } catch (e) { out.push('blocked'); } } return out; })(),
        storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
        title: document.title,
      };
      return log.join('\\n') + '\\n' + JSON.stringify(reach);
    },
    events: () => log.filter((l) => l.startsWith('event ')).length,
  };
})();
`;

/** `html` with the spy as the first thing in <head> (with `nonce` when the page's CSP asks for one). */
export function hostile(html: string, nonce?: string): string {
  return html.replace('<head>', `<head><script${nonce ? ` nonce="${nonce}"` : ''}>${SPY}</script>`);
}
