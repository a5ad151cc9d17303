// The brief's data in one message: the background reads the client, its last
// ten interactions, flagged filings, deadlines, promises and open questions
// in one transaction (getBrief), so the page never mixes two moments.
import { send } from '../../lib/messaging/client';
import type { BriefInput } from '../../lib/brief/assemble';

export async function loadBrief(clientId: string): Promise<BriefInput> {
  return send('getBrief', { clientId });
}
