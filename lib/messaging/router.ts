import { z } from 'zod';
import { StoreError } from '../db/errors';
import type { Caller } from './caller';
import { constrain, mayCall, refusal, shapeReply } from './capabilities';
import type { Env, Handlers } from './handlers';
import { isMessageType, requestSchema, type MessageType, type Reply } from './protocol';
import { t } from '../i18n/t';

export type { Caller, SenderInfo } from './caller';

const envelopeSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

const fail = (code: Extract<Reply<MessageType>, { ok: false }>['error']['code'], message: string, issues?: { path: string; message: string }[]) =>
  ({ ok: false, error: issues ? { code, message, issues } : { code, message } }) as const;

/**
 * Every message passes here. Order matters: the caller, the envelope, a known
 * type, the caller's right to send it, the payload's schema, the limits on
 * what this caller may put in it — and only then a handler, so a malformed,
 * foreign or out-of-bounds message never reaches IndexedDB.
 */
export async function route(raw: unknown, caller: Caller, handlers: Handlers, env: Env): Promise<Reply<MessageType>> {
  if (caller.kind === 'none') return fail('forbidden', caller.reason);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return fail('bad-request', t('errors_malformed'));
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail('unknown-message', t('errors_unknown_message', { type }));
  const key: MessageType = type;
  if (!mayCall(caller, key)) return fail('forbidden', refusal(caller, key));
  const parsed = requestSchema(key).safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return fail('bad-request', t('errors_invalid_request', { type: key, problems: issues.map((i) => (i.path ? `${i.path}: ` : '') + i.message).join('; ') }), issues);
  }
  const limit = constrain(caller, key, parsed.data as never, env.now());
  if (!limit.ok) return fail(limit.code, limit.message);
  try {
    // The schema for `key` produced `parsed.data`, so the handler for `key` accepts it.
    const handler = handlers[key] as (req: unknown, env: Env) => Promise<unknown>;
    const data = await handler(parsed.data, { ...env, caller });
    env.handled?.(key, data);
    return { ok: true, data: shapeReply(caller, key, data as never) } as Reply<MessageType>;
  } catch (e) {
    if (e instanceof StoreError) return fail(e.code, e.message);
    if (e instanceof DOMException && e.name === 'ConstraintError') return fail('conflict', t('errors_exists'));
    console.error('[rapport] handler failed', key, e);
    return fail('internal', t('errors_internal'));
  }
}
