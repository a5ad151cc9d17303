/**
 * Issues a request without waiting for it. Its outcome is the transaction's:
 * a failed request aborts the transaction, which rejects `tx.done` (what the
 * caller awaits), so this promise's own rejection is only a duplicate of that
 * and is dropped here rather than reported as unhandled.
 */
export function issue(request: Promise<unknown>): void {
  request.catch(() => {});
}
