import { typedStore } from '@core/kernel/store/doc-store';
import { createHash, randomUUID } from 'node:crypto';
import type { HandlerDeps } from '@core/app/handlers';
import { CloudDocStore } from '../adapters/cloud-doc-store';
import { cloudDatabase } from './cloud-sdk';
import { cloudFileLinks } from './cloud-file-links';
import { cloudExportFiles } from './cloud-export-files';
import { consoleLogger } from './console-logger';
import { cloudInviteImages } from './cloud-invite-images';

let deps: HandlerDeps | null = null;

/** The handlers' dependencies in the cloud, built once per instance and reused by warm invocations. */
export const cloudDeps = (): HandlerDeps => {
  deps ??= {
    store: typedStore(new CloudDocStore(cloudDatabase())),
    clock: { now: () => Date.now() },
    ids: { newId: () => randomUUID() },
    log: consoleLogger(),
    files: cloudFileLinks(),
    digest: (text) => createHash('sha256').update(text).digest('hex'),
    exportFiles: cloudExportFiles(),
    inviteImages: cloudInviteImages(),
  };
  return deps;
};
