import type { DBSchema } from 'idb';
import type { Client } from '../model/client';
import type { Interaction } from '../model/interaction';
import type { IdentityKey } from '../identity/normalise';

export const DB_NAME = 'rapport';

/** A client as stored: the record plus its derived identity keys (see identity/keys.ts). */
export type StoredClient = Client & { keys: IdentityKey[] };

export interface RapportDB extends DBSchema {
  clients: {
    key: string;
    value: StoredClient;
    indexes: { keys: string };
  };
  interactions: {
    key: string;
    /** `openFlag` (the client id) only while a rejected filing awaits acknowledgement: a sparse index. */
    value: Interaction & { openFlag?: string };
    indexes: {
      byClientAt: [string, number];
      byClientMessage: [string, string];
      openFlags: string;
    };
  };
  meta: {
    key: string;
    value: unknown;
  };
}
