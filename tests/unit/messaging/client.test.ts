import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RapportError, sendIdempotent } from '../../../lib/messaging/client';

afterEach(() => vi.restoreAllMocks());

/** The fake browser's sendMessage, typed loosely enough to answer anything. */
const sendMessage = () => vi.spyOn(browser.runtime as unknown as { sendMessage(m: unknown): Promise<unknown> }, 'sendMessage');

const interaction = { id: 'call-1', clientId: 'c1', kind: 'call' as const, at: 1 };
const ok = { ok: true, data: { interaction: { ...interaction, summary: '', source: 'popup' }, view: {} } };

describe('sendIdempotent', () => {
  it('sends the same message once more when the reply is lost, and returns the second answer', async () => {
    const spy = sendMessage()
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockResolvedValueOnce(ok);
    await expect(sendIdempotent('logInteraction', { interaction })).resolves.toEqual(ok.data);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[1]![0]).toEqual(spy.mock.calls[0]![0]);
    expect(spy.mock.calls[0]![0]).toEqual({ type: 'logInteraction', payload: { interaction } });
  });

  it('an empty answer counts as lost too', async () => {
    const spy = sendMessage().mockResolvedValueOnce(undefined).mockResolvedValueOnce(ok);
    await expect(sendIdempotent('logInteraction', { interaction })).resolves.toEqual(ok.data);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('retries once only, and never after an answer that says no', async () => {
    const lost = sendMessage().mockRejectedValue(new Error('Could not establish connection'));
    await expect(sendIdempotent('logInteraction', { interaction })).rejects.toMatchObject({ code: 'unreachable' });
    expect(lost).toHaveBeenCalledTimes(2);
    lost.mockReset();
    const refused = sendMessage().mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'That client no longer exists.' } });
    const e = await sendIdempotent('logInteraction', { interaction }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RapportError);
    expect(e).toMatchObject({ code: 'not-found' });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
