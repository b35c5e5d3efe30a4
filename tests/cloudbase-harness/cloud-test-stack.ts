import { typedStore } from '@core/kernel/store/doc-store';
import { CloudDocStore } from '../../cloudfunctions/src/adapters/cloud-doc-store';
import type { HandlerDeps } from '@core/app/handlers';
import { seedDatabase } from '@core/app/seed';
import { COLLECTION_NAMES } from '@core/kernel/store';
import { FIXED_NOW } from '../support/temp-sqlite-store';
import { createCloudHarness, type CloudHarness } from './cloud-harness';

export interface CloudTestStack {
  harness: CloudHarness;
  store: ReturnType<typeof typedStore<CloudDocStore>>;
  deps: HandlerDeps;
}

/** A seeded CloudBase harness with the handler tests' fixed clock and counting ids. */
export const openCloudTestStack = async (): Promise<CloudTestStack> => {
  const harness = createCloudHarness({ collections: COLLECTION_NAMES });
  const store = typedStore(new CloudDocStore(harness.db));
  let counter = 0;
  const deps: HandlerDeps = {
    store,
    clock: { now: () => FIXED_NOW },
    ids: { newId: () => `id-${(counter += 1)}` },
    log: { info: () => undefined, error: () => undefined },
  };
  await seedDatabase(store, FIXED_NOW, { withDemoUsers: true });
  return { harness, store, deps };
};
