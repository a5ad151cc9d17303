// The UI side of the protocol: typed send(), no zod. The background validates.
import { browser } from 'wxt/browser';
import type { ErrorCode, MessageType, Reply, ReplyMap, RequestOf } from './protocol';

export class RapportError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'RapportError';
  }
}

export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  let reply: Reply<K> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  } catch (e) {
    // The extension was updated or reloaded under this page, or the worker is gone.
    throw new RapportError('unreachable', 'Rapport is not reachable. Reload the page.');
  }
  if (!reply || typeof reply !== 'object') throw new RapportError('unreachable', 'No answer from Rapport.');
  if (!reply.ok) throw new RapportError(reply.error.code, reply.error.message, reply.error.issues);
  return reply.data;
}
