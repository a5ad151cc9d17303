// Builders for unit tests of backup, restore, import and export: small valid
// records with readable ids. Not a fixture file: each test states what differs.
import { clientSchema, type Client, type ClientInput } from '../../../lib/model/client';
import { interactionSchema, type Interaction, type InteractionInput } from '../../../lib/model/interaction';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { BackupInput } from '../../../lib/backup/schema';

export const T0 = Date.UTC(2026, 0, 15, 9, 30);

export function client(id: string, input: Partial<ClientInput> = {}, times: { createdAt?: number; updatedAt?: number } = {}): Client {
  return clientSchema.parse({ name: `Client ${id}`, ...input, id, createdAt: times.createdAt ?? T0, updatedAt: times.updatedAt ?? T0 });
}

export function interaction(id: string, clientId: string, input: Partial<InteractionInput> = {}): Interaction {
  return interactionSchema.parse({ kind: 'call', at: T0, ...input, id, clientId });
}

export function backupDoc(parts: Partial<BackupInput> = {}): BackupInput {
  return {
    format: 'rapport-backup',
    version: 1,
    createdAt: '2026-11-26T15:45:00.000Z',
    app: { name: 'Rapport', version: '0.1.0' },
    settings: DEFAULT_SETTINGS,
    portals: [],
    clients: [],
    interactions: [],
    trash: [],
    ...parts,
  };
}
