import { snapshotAll } from '@tests/support/dispatch-kit';
import { FIXED_NOW, openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import { seedDatabase } from './seed-database';

// The snapshot was recorded from the seed as it was before each feature seeded its own collections
// (issue 9): every document of a fresh demo database must stay exactly that.
const seeded = async (withDemoUsers: boolean) => {
  const stack: TestStack = await openTestStack({ seed: false });
  try {
    expect(await seedDatabase(stack.store, FIXED_NOW, { withDemoUsers })).toBe(true);
    return await snapshotAll(stack);
  } finally {
    stack.close();
  }
};

describe('what the seed writes', () => {
  it('seeds the same documents as before, and production the same without the demo people', async () => {
    const demo = await seeded(true);
    expect(demo).toMatchSnapshot();
    expect(await seeded(false)).toEqual({ ...demo, users: [], staff: [], teams: [], projects: [] });
  });
});
