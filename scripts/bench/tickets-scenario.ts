import { demoOpenid } from '../../core/seed';
import { expectOk, type BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';
import { routingFigures, seedTickets } from './ticket-bench';
import { validTicketInput } from './ticket-input';

const TICKETS = 100_000;

/** Routing alone (500 staff / 50 teams), then create and inbox over HTTP with 100 000 tickets stored. */
export const benchTickets = async (stack: BenchStack): Promise<Figures[]> => {
  const rows = [...(await routingFigures())];
  const seeding = performance.now();
  await seedTickets(stack.store, TICKETS, stack.deps.clock.now());
  process.stderr.write(`seeded ${TICKETS} tickets in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);
  const enterprise = demoOpenid('enterprise');
  const create = (label: string, n: number, c: number) =>
    measure(`tickets.create at ${TICKETS / 1000}k tickets (c=${c})`, n, c, async (i) =>
      expectOk(
        await stack.post('tickets', 'tickets.create', validTicketInput, {
          openid: enterprise,
          requestId: `bench-${label}-${String(i).padStart(6, '0')}`,
        }),
        'tickets.create',
      ),
    );
  rows.push(await create('c1', 500, 1));
  rows.push(await create('c8', 1000, 8));
  rows.push(
    await measure('tickets.inbox mine + 4 counts (staff, c=8)', 200, 8, async () =>
      expectOk(await stack.post('tickets', 'tickets.inbox', { tab: 'mine' }, { openid: demoOpenid('staff') }), 'inbox'),
    ),
  );
  return rows;
};
