import { demoOpenid } from '@core/app/seed';
import { expectOk, type BenchStack } from './bench-stack';
import { againstFloor, measure, type Figures } from './measure';
import { startRawFloor } from './raw-floor';
import { routingFigures, seedTickets } from './ticket-bench';
import { validTicketInput } from './ticket-input';

const TICKETS = 100_000;

/**
 * Routing alone (500 staff / 50 teams), then create and inbox over HTTP with 100 000 tickets stored,
 * each beside the raw floor of its shape (node:http + better-sqlite3 on the same file, same concurrency).
 */
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
  const floor = await startRawFloor(stack.dbFile);
  const creates: Figures[] = [];
  try {
    for (const c of [1, 8]) {
      creates.push(
        await measure(`raw floor: create (c=${c})`, c === 1 ? 500 : 1000, c, (i) =>
          floor.create(enterprise, `floor-c${c}-${String(i).padStart(6, '0')}`, validTicketInput),
        ),
      );
    }
  } finally {
    floor.stop();
  }
  for (const [i, [label, n, c]] of (
    [
      ['c1', 500, 1],
      ['c8', 1000, 8],
    ] as const
  ).entries()) {
    const raw = creates[i];
    if (raw) rows.push(againstFloor(await create(label, n, c), raw), raw);
  }
  const staff = demoOpenid('staff');
  const first = await stack.post('tickets', 'tickets.inbox', { tab: 'mine' }, { openid: staff });
  expectOk(first, 'inbox');
  const { teamId } = first.data as { teamId: string | null };
  const userId = (await stack.store.find('users', { where: { openid: staff }, limit: 1 })).items[0]?.id;
  if (!userId || !teamId) throw new Error('the staff persona has no user or team');
  // A fresh copy now, with the tickets just created in it: the same person's 1 700 open tickets.
  const inboxFloor = await startRawFloor(stack.dbFile);
  try {
    const rawInbox = await measure('raw floor: page of 20 + 4 counts (c=8)', 200, 8, () =>
      inboxFloor.inbox(userId, teamId),
    );
    const inbox = await measure('tickets.inbox mine + 4 counts (staff, c=8)', 200, 8, async () =>
      expectOk(await stack.post('tickets', 'tickets.inbox', { tab: 'mine' }, { openid: staff }), 'inbox'),
    );
    rows.push(againstFloor(inbox, rawInbox), rawInbox);
  } finally {
    inboxFloor.stop();
  }
  return rows;
};
