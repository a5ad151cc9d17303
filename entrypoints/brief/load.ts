// Gathers a brief's data with the messages the background answers today:
// getClient (the client and its five most recent interactions) and
// listFilingFlags. Deadlines and open questions have no storage yet, so they
// come back empty. The lead replaces this with one message that returns the
// whole BriefInput (last ten interactions, deadlines, open questions).
import { send } from '../../lib/messaging/client';
import type { BriefInput } from '../../lib/brief/assemble';

export async function loadBrief(clientId: string): Promise<BriefInput> {
  const [view, flags] = await Promise.all([send('getClient', { id: clientId }), send('listFilingFlags', { clientId })]);
  return {
    client: view.client,
    interactions: view.recent,
    deadlines: [],
    filings: flags.flags,
    openQuestions: [],
    now: Date.now(),
  };
}
