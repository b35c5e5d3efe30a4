import type { HandlerDeps } from '@core/kernel/deps';
import { purgeOlderThan } from './purge-older-than';

/**
 * Scheduler job of the local stack: uploads no ticket took within 24 h go, file and record. The
 * file goes first: a record without a file is a broken link, a file without a record is invisible.
 */
export const purgeUnattachedUploads =
  (removeFile: (uploadId: string) => Promise<void>) =>
  (deps: HandlerDeps, deadline: number): Promise<number> =>
    purgeOlderThan(deps, deadline, {
      collection: 'uploads',
      field: 'purgeAt',
      before: deps.clock.now(),
      onRemove: (record) => removeFile(record.id),
    });
