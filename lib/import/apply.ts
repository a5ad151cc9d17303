import type { Client } from '../model/client';
import type { RequestOf } from '../messaging/protocol';
import type { ImportPreview } from './preview';

type Record_ = RequestOf<'bulkStage'>['records'][number];

/**
 * The records an import preview writes, for the staged bulk engine: new
 * clients with the id the preview chose (so a retried import cannot add them
 * twice), merged clients as their complete merged version under their own id
 * and creation date. `existing` holds the clients the preview was shown
 * (remoteExistingData's `seen`).
 */
export function importRecords(preview: ImportPreview, existing: ReadonlyMap<string, Client>, now: number): Record_[] {
  return preview.writes.map((w) => {
    if (!w.existing) return { client: { ...w.client, id: w.id, createdAt: now, updatedAt: now }, interactions: [] };
    const before = existing.get(w.id);
    if (!before) throw new Error(`The client this import merges into (${w.id}) was not read first.`); // i18n-ignore: developer-only (the preview always reads it)
    return { client: { ...w.client, id: w.id, createdAt: before.createdAt, updatedAt: Math.max(now, before.updatedAt + 1) }, interactions: [] };
  });
}
