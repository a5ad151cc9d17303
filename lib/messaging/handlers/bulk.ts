// Staged bulk writes (lib/db/bulk.ts): begin, stage chunks in as many
// messages as the data needs, commit in one transaction, or abort.
import { abortJob, beginJob, commitJob, jobStatus, stageChunk } from '../../db/bulk';
import type { HandlersFor } from './types';

export const bulkHandlers: HandlersFor<'bulkBegin' | 'bulkStage' | 'bulkCommit' | 'bulkAbort' | 'bulkStatus'> = {
  bulkBegin: ({ kind, job }, env) => beginJob(env.db, kind, env.now(), job),
  bulkStage: ({ job, seq, records }, env) => stageChunk(env.db, job, seq, records),
  bulkCommit: ({ job }, env) => commitJob(env.db, job, env.now()),
  bulkAbort: ({ job }, env) => abortJob(env.db, job),
  bulkStatus: ({ job }, env) => jobStatus(env.db, job),
};
