import { dataOf, errorOf, snapshotAll } from '@tests/support/dispatch-kit';
import { validBooking } from '@tests/support/visit-booking-fixture';
import type { VisitSettings } from '@core/settings';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

// The week of Monday 2026-11-30 (the seeded clock is Friday 11-27): ten half-days Mon–Fri.
const WEEK = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].flatMap((date) =>
  (['am', 'pm'] as const).map((halfDay) => ({ date, halfDay })),
);

describe('fair use: open visits per person per park per week', () => {
  it('allows two, refuses the third with RATE_LIMITED and writes nothing; other parks and weeks are free', async () => {
    dataOf(await kit.send('investor', 'visits.book', validBooking(WEEK[0])));
    const second = dataOf(await kit.send('investor', 'visits.book', validBooking(WEEK[1])));
    const before = await snapshotAll(kit.stack);
    const third = errorOf(await kit.send('investor', 'visits.book', validBooking(WEEK[2])));
    expect(third).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('每周最多保留2个') });
    // An itinerary including the full park is refused as a whole.
    expect(
      errorOf(
        await kit.send(
          'investor',
          'visits.book',
          validBooking({ ...WEEK[3], parkIds: ['new-materials', 'jingde-smart'] }),
        ),
      ).code,
    ).toBe('RATE_LIMITED');
    expect(await snapshotAll(kit.stack)).toEqual(before);

    dataOf(await kit.send('investor', 'visits.book', validBooking({ ...WEEK[2], parkIds: ['new-materials'] })));
    dataOf(await kit.send('investor', 'visits.book', validBooking({ date: '2026-12-07', halfDay: 'am' })));
    // Another person is not affected.
    dataOf(await kit.send('enterprise', 'visits.book', validBooking(WEEK[4])));
    // A cancelled visit no longer counts.
    dataOf(await kit.send('investor', 'visits.cancel', { visitId: second.id, reason: '行程有变' }));
    dataOf(await kit.send('investor', 'visits.book', validBooking(WEEK[5])));
  });

  it('holds under a burst: ten bookings at once by one person, exactly two succeed', async () => {
    const answers = await Promise.all(WEEK.map((slot) => kit.send('investor', 'visits.book', validBooking(slot))));
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(new Set(answers.flatMap((a) => (a.ok ? [] : [a.error.code])))).toEqual(new Set(['RATE_LIMITED']));
  });

  it('is configurable in the visit settings', async () => {
    const current = await kit.stack.store.get<'settings', VisitSettings>('settings', 'visits');
    await kit.stack.store.update<'settings', VisitSettings>('settings', 'visits', current?.version ?? 0, {
      maxOpenVisitsPerParkWeek: 3,
    });
    for (const slot of WEEK.slice(0, 3)) dataOf(await kit.send('investor', 'visits.book', validBooking(slot)));
    expect(errorOf(await kit.send('investor', 'visits.book', validBooking(WEEK[3]))).message).toContain(
      '每周最多保留3个',
    );
  });
});
