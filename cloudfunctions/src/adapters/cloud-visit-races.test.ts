import type { DocStore } from '@core/kernel/store/doc-store';
import type { VisitSettings } from '@core/settings/visit-settings';

import type { HandlerDeps } from '@core/app/handlers';
import type { CloudHarness } from '@tests/cloudbase-harness/cloud-harness';
import { openCloudTestStack } from '@tests/cloudbase-harness/cloud-test-stack';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { expectRacedCountersExact, raceCancelAndReschedules } from '@tests/support/visit-race';

/**
 * The visit races again, on the CloudBase adapter through wx-server-sdk's real query builder and the
 * harness's transactions (snapshot reads, conflicts at commit, runTransaction retries).
 */
let harness: CloudHarness;
let store: DocStore;
let stack: { deps: HandlerDeps };
let send: ReturnType<typeof sendAs>;

beforeEach(async () => {
  ({ harness, store, ...stack } = await openCloudTestStack());
  send = sendAs(stack);
});
afterEach(() => harness.close());

const used = async (date: string, halfDay: 'am' | 'pm') =>
  (await store.get('visit_slots', `jingde-smart|${date}|${halfDay}`))?.used ?? 0;

describe('visit races on the CloudBase adapter', () => {
  it('gives exactly 3 of 50 concurrent bookings a slot of capacity 3, and CONFLICT to the other 47', async () => {
    const settings = await store.get<'settings', VisitSettings>('settings', 'visits');
    await store.update<'settings', VisitSettings>('settings', 'visits', settings?.version ?? 0, { capacityPerSlot: 3 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) => send({ openid: `o-race-${n}` }, 'visits.book', validBooking())),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    const failures = answers.flatMap((a) => (a.ok ? [] : [a.error]));
    expect(failures).toHaveLength(47);
    expect(failures.every((e) => e.code === 'CONFLICT' && e.message === '该时段已约满')).toBe(true);
    expect(await store.count('visits')).toBe(3);
    expect(await used('2026-11-30', 'pm')).toBe(3);
  });

  it('books once for the same requestId sent twice at the same time', async () => {
    const [a, b] = await Promise.all([
      send('investor', 'visits.book', validBooking(), 'same-request-1'),
      send('investor', 'visits.book', validBooking(), 'same-request-1'),
    ]);
    expect([a, b].filter((x) => x.ok).length).toBeGreaterThanOrEqual(1);
    expect(await store.count('visits')).toBe(1);
    expect(await used('2026-11-30', 'pm')).toBe(1);
  });

  it('leaves the counters exact when a cancel and reschedules race', async () => {
    const visitId = dataOf(
      await send('investor', 'visits.book', validBooking({ date: '2026-12-02', halfDay: 'am' })),
    ).id;
    await raceCancelAndReschedules(send, visitId);
    await expectRacedCountersExact([await store.get('visits', visitId)], used);
  });
});
