// The whole protocol between UI (content scripts, popup, options) and the
// background, one entry per message: its request schema, and its reply type.
// The background parses every request with these schemas before anything
// touches IndexedDB. UI code imports only *types* from here (import type …)
// so zod never ships in a content script.
import { z } from 'zod';
import { clientInputSchema, clientSchema, type Client } from '../model/client';
import { interactionInputSchema, type Interaction } from '../model/interaction';
import type { CadenceState } from '../model/cadence';

const personSchema = z.object({
  email: z.string().max(320).optional(),
  name: z.string().max(300).optional(),
  role: z.enum(['from', 'to', 'cc', 'bcc']),
});

const caseRefSchema = z.object({
  caseNumber: z.string().max(120).optional(),
  caseName: z.string().max(500).optional(),
  matterCode: z.string().max(120).optional(),
  court: z.string().max(300).optional(),
  status: z.string().max(200).optional(),
  ref: z.string().max(200).optional(),
});

export const screenContextSchema = z.object({
  site: z.string().min(1).max(50),
  url: z.string().max(4000),
  subject: z.string().max(2000).optional(),
  threadId: z.string().max(500).optional(),
  people: z.array(personSchema).max(500),
  cases: z.array(caseRefSchema).max(5000),
  messages: z
    .array(z.object({ id: z.string().max(500), from: z.string().max(320).optional(), at: z.number().optional() }))
    .max(500)
    .optional(),
  view: z.enum(['thread', 'compose', 'docket', 'list']).optional(),
});

const id = z.string().min(1).max(100);

export const requestSchemas = {
  /** Who is on screen: the clients it resolves to, and the people who are not clients. */
  getClientContext: z.object({ context: screenContextSchema }),
  getClient: z.object({ id }),
  listClients: z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(1000).default(200) }),
  createClient: z.object({ client: clientInputSchema }),
  updateClient: z.object({ client: clientSchema }),
  deleteClient: z.object({ id }),
  logInteraction: z.object({ interaction: interactionInputSchema }),
  deleteInteraction: z.object({ id }),
  /** Bulk import (backups, other systems, the benchmark's seed): all or nothing. */
  importClients: z.object({
    records: z
      .array(
        z.object({
          client: clientInputSchema,
          interactions: z.array(interactionInputSchema.omit({ clientId: true })).max(100_000).default([]),
        }),
      )
      .min(1)
      .max(5000),
  }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequestOf<K extends MessageType> = z.output<(typeof requestSchemas)[K]>;

/** How one client looks from one screen. */
export interface ClientView {
  client: Client;
  /** Human-readable reasons, e.g. "ana@acme.com", "case 22STCV11897". */
  matchedOn: string[];
  lastContact?: number;
  cadence: CadenceState;
  /** Newest first, at most five. */
  recent: Interaction[];
}

export interface ClientSummary {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  emails: string[];
  caseNumbers: string[];
  lastContact?: number;
  cadence: CadenceState;
}

export interface ClientContextReply {
  /** One per distinct client matched; several → the sidebar shows a switcher. */
  matches: ClientView[];
  /** People on screen with an address that matched no client: offered as "Add as client". */
  unknown: { email: string; name?: string }[];
}

export interface ReplyMap {
  getClientContext: ClientContextReply;
  getClient: ClientView;
  listClients: { clients: ClientSummary[]; total: number };
  createClient: ClientView;
  updateClient: ClientView;
  deleteClient: { deleted: true };
  logInteraction: { interaction: Interaction; view: ClientView };
  deleteInteraction: { deleted: true };
  importClients: { clients: number; interactions: number; ids: string[] };
}

export type ErrorCode = 'bad-request' | 'unknown-message' | 'forbidden' | 'not-found' | 'conflict' | 'internal';

export type Envelope<K extends MessageType = MessageType> = { type: K; payload: RequestOf<K> };

export type Reply<K extends MessageType> =
  | { ok: true; data: ReplyMap[K] }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[] } };
