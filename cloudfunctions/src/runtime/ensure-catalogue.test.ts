import type { DocStore } from '@core/kernel/store';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { catalogueSeeder } from './ensure-catalogue';

describe('catalogueSeeder', () => {
  let stack: TestStack;
  beforeEach(async () => {
    stack = await openTestStack({ seed: false });
  });
  afterEach(() => stack.close());

  /** The stack's store, with reads counted and the first `failures` reads failing. */
  const flakyStore = (failures: number) => {
    const counter = { reads: 0 };
    const store: DocStore = Object.create(stack.store) as DocStore;
    store.get = async (collection, id) => {
      counter.reads += 1;
      if (counter.reads <= failures) throw new Error('database unavailable');
      return stack.store.get(collection, id);
    };
    return { store, counter };
  };

  it('seeds the catalogue without demo personas, then never looks again', async () => {
    const { store, counter } = flakyStore(0);
    const ensure = catalogueSeeder();
    await ensure({ ...stack.deps, store });
    expect(await stack.store.get('settings', 'seed')).not.toBeNull();
    expect(await stack.store.get('parks', 'jingde-smart')).not.toBeNull();
    expect(await stack.store.count('users')).toBe(0);
    const readsAfterSeed = counter.reads;
    await ensure({ ...stack.deps, store });
    expect(counter.reads).toBe(readsAfterSeed);
  });

  it('logs a failure instead of throwing, and tries again on the next call', async () => {
    const { store } = flakyStore(1);
    const ensure = catalogueSeeder();
    await expect(ensure({ ...stack.deps, store })).resolves.toBeUndefined();
    expect(stack.logged).toEqual([expect.objectContaining({ message: 'catalogue seed failed' })]);
    await ensure({ ...stack.deps, store });
    expect(await stack.store.get('settings', 'seed')).not.toBeNull();
  });
});
