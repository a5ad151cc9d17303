// Chrome only: the offscreen document an automatic backup's file lives in
// while the browser downloads it (lib/background/auto-backup.ts). The MV3
// worker has no Blob URLs; this page makes one from the pieces the worker
// sends, and lets it go when told (or when the worker closes the page).
// It answers the worker only, and only messages marked for it.
import { OFFSCREEN_TARGET } from '../../lib/background/auto-backup-target';

type Ask = { target?: unknown; op?: unknown; id?: unknown; parts?: unknown; type?: unknown };
interface Runtime {
  id: string;
  onMessage: { addListener(fn: (msg: unknown, sender: { id?: string; url?: string }, reply: (r: unknown) => void) => boolean | void): void };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

const pending = new Map<string, Blob[]>();
const urls = new Map<string, string>();

runtime.onMessage.addListener((raw, sender, reply) => {
  const msg = raw as Ask;
  // The worker has no tab and no document URL; pages (which have one) are not asked here.
  if (msg?.target !== OFFSCREEN_TARGET || sender.id !== runtime.id || sender.url?.endsWith('.html')) return;
  const id = String(msg.id);
  if (msg.op === 'append' && Array.isArray(msg.parts)) {
    const list = pending.get(id) ?? [];
    list.push(new Blob(msg.parts.map(String)));
    pending.set(id, list);
    reply({ ok: true });
  } else if (msg.op === 'url') {
    const url = URL.createObjectURL(new Blob(pending.get(id) ?? [], { type: typeof msg.type === 'string' ? msg.type : 'application/octet-stream' }));
    pending.delete(id);
    urls.set(id, url);
    reply({ url });
  } else if (msg.op === 'release') {
    const url = urls.get(id);
    if (url) URL.revokeObjectURL(url);
    urls.delete(id);
    reply({ ok: true });
  }
});
