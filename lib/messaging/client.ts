// The UI side of the protocol: typed send(), no zod. The background validates.
import { browser } from 'wxt/browser';
import type { ErrorCode, MessageType, Reply, ReplyMap, RequestOf } from './protocol';
import { t } from '../i18n/t';

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
    throw new RapportError('unreachable', t('errors_unreachable'));
  }
  if (!reply || typeof reply !== 'object') throw new RapportError('unreachable', t('errors_no_answer'));
  if (!reply.ok) throw new RapportError(reply.error.code, reply.error.message, reply.error.issues);
  return reply.data;
}

/** Writes the background recognises when they arrive twice, and the field that makes them so. */
interface Idempotent {
  createClient: { id: string };
  logInteraction: { interaction: { id: string } };
  logMail: object;
  bulkStage: object;
  bulkCommit: object;
}

/**
 * send() for an idempotent write: when the reply is lost (the worker was
 * stopped before it answered) the same message goes once more. If the first
 * one was written, the background answers the retry with that record and
 * writes nothing again, so the caller never creates anything twice.
 */
export async function sendIdempotent<K extends keyof Idempotent>(type: K, payload: RequestOf<K> & Idempotent[K]): Promise<ReplyMap[K]> {
  try {
    return await send(type, payload);
  } catch (e) {
    if (!(e instanceof RapportError) || e.code !== 'unreachable') throw e;
    return send(type, payload);
  }
}
