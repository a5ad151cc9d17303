// Staged bulk writes (lib/db/bulk.ts): begin, stage chunks in as many
// messages as the data needs, commit in one transaction, or abort.
import { abortJob, beginJob, commitJob, jobStatus, stageChunk } from '../../db/bulk';
import { syncPortals } from '../../portals/user-portals';
import type { Env, HandlersFor } from './types';

/**
 * After a commit or an undo that changed the portal list: registrations
 * follow it now. Should the worker die first, the flag the same transaction
 * set makes the next wake do it (lib/background/portals.ts).
 */
export async function syncChangedPortals(env: Env): Promise<void> {
  if (!env.portals) return;
  await syncPortals(env.db, env.portals).catch((e) => console.warn('[rapport] portal sync after a restore failed', e));
}

export const bulkHandlers: HandlersFor<'bulkBegin' | 'bulkStage' | 'bulkCommit' | 'bulkAbort' | 'bulkStatus'> = {
  bulkBegin: ({ kind, job, restore }, env) => beginJob(env.db, kind, env.now(), job, restore),
  bulkStage: ({ job, seq, records }, env) => stageChunk(env.db, job, seq, records),
  async bulkCommit({ job }, env) {
    const r = await commitJob(env.db, job, env.now());
    if (r.portals?.length) await syncChangedPortals(env);
    return r;
  },
  bulkAbort: ({ job }, env) => abortJob(env.db, job),
  bulkStatus: ({ job }, env) => jobStatus(env.db, job),
};
