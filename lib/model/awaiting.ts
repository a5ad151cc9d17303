import type { MessageRef } from '../sites/types';

/**
 * When the client has been waiting for the user since, or undefined.
 * Waiting = a message from the client came after the user's last message in
 * the thread. The clock starts at the first such message: that is how long the
 * client has waited. Without a known user address, only a thread whose newest
 * message is the client's counts.
 */
export function awaitingSince(messages: MessageRef[] | undefined, clientEmails: string[], self?: string): number | undefined {
  if (!messages?.length) return undefined;
  const mine = self?.toLowerCase();
  const theirs = new Set(clientEmails.map((e) => e.toLowerCase()));
  const from = (m: MessageRef) => m.from?.toLowerCase();
  if (!mine) {
    const newest = messages[messages.length - 1]!;
    return newest.from && theirs.has(from(newest)!) ? newest.at : undefined;
  }
  let lastMine = -1;
  messages.forEach((m, i) => {
    if (from(m) === mine) lastMine = i;
  });
  return messages.slice(lastMine + 1).find((m) => m.from && theirs.has(from(m)!))?.at;
}

export type WaitLevel = 'waiting' | 'warn' | 'urgent';

export function waitLevel(since: number, now: number, t: { warnAfterHours: number; urgentAfterHours: number }): WaitLevel {
  const hours = (now - since) / 3_600_000;
  return hours >= t.urgentAfterHours ? 'urgent' : hours >= t.warnAfterHours ? 'warn' : 'waiting';
}
