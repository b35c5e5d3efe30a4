import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { seedDatabase } from './seed-database';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack({ seed: false });
});
afterEach(() => stack.close());

const categories = async () => (await stack.store.find('service_categories', { limit: 100 })).items;

describe('seedDatabase and the service catalog', () => {
  it('gives a zone seeded before the catalog existed its catalog once, then leaves the office’s edits alone', async () => {
    // An environment that went live before issue 4: the main marker, no catalog.
    await stack.store.insert('settings', { id: 'seed', version: 1, seededAt: 0 });
    expect(await seedDatabase(stack.store, 1, { withDemoUsers: false })).toBe(true);
    expect(await categories()).toHaveLength(13);

    const eia = await stack.store.get('service_categories', 'environmental-impact');
    if (!eia) throw new Error('no 环评');
    await stack.store.update('service_categories', eia.id, eia.version, {
      materials: [{ name: '编辑后的清单', isRequired: true, note: '' }],
    });
    await stack.store.remove('service_categories', 'energy-review');
    expect(await seedDatabase(stack.store, 2, { withDemoUsers: false })).toBe(false);
    expect((await stack.store.get('service_categories', 'environmental-impact'))?.materials).toEqual([
      { name: '编辑后的清单', isRequired: true, note: '' },
    ]);
    expect(await stack.store.get('service_categories', 'energy-review')).toBeNull();
  });

  it('seeds the catalog with a fresh environment, and nothing twice', async () => {
    expect(await seedDatabase(stack.store, 1, { withDemoUsers: false })).toBe(true);
    expect(await seedDatabase(stack.store, 2, { withDemoUsers: false })).toBe(false);
    expect(await categories()).toHaveLength(13);
  });
});
