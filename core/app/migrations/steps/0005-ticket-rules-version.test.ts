import { SERVICE_CATALOG_SEED, type Ticket } from '@core/tickets';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import type { MigrationStep } from '../migration-step';
import { ticketRulesVersion } from './0005-ticket-rules-version';

let stack: TestStack;
beforeAll(async () => {
  stack = await openTestStack();
});
afterAll(() => stack.close());

const upgrade = (step: MigrationStep, t: Partial<Ticket>) =>
  step.upgrade(
    { id: 't-1', version: 1, categoryId: 'environmental-impact', createdAt: 1, ...t },
    {
      store: stack.store,
      now: 2,
      time: undefined as never,
    },
  );

describe('0005-ticket-rules-version', () => {
  it('stamps an open ticket with the version in force when it was filed, and leaves closed ones as they were', async () => {
    expect(SERVICE_CATALOG_SEED.find((c) => c.id === 'environmental-impact')?.rules.map((r) => r.number)).toEqual([1]);
    expect(await upgrade(ticketRulesVersion, { status: 'in_progress' })).toEqual({ rulesVersion: 1 });
    expect(await upgrade(ticketRulesVersion, { status: 'resolved' })).toEqual({ rulesVersion: 1 });
    expect(await upgrade(ticketRulesVersion, { status: 'closed' })).toEqual({ rulesVersion: null });
    expect(await upgrade(ticketRulesVersion, { status: 'cancelled' })).toEqual({ rulesVersion: null });
    // A version scheduled later (none exists at migration time, but the step must not depend on that).
    const eia = (await stack.store.get('service_categories', 'environmental-impact'))!;
    const [v1] = eia.rules;
    await stack.store.update('service_categories', eia.id, eia.version, {
      rules: [v1!, { ...v1!, number: 2, effectiveFrom: '1970-01-02', effectiveAt: 10 }],
    });
    expect(await upgrade(ticketRulesVersion, { status: 'accepted', createdAt: 9 })).toEqual({ rulesVersion: 1 });
    expect(await upgrade(ticketRulesVersion, { status: 'accepted', createdAt: 10 })).toEqual({ rulesVersion: 2 });
    // Upgraded twice (a crash between write and record) ends the same.
    expect(await upgrade(ticketRulesVersion, { status: 'in_progress', rulesVersion: 1 })).toEqual({});
  });
});
