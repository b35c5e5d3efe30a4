import { dataOf, setNow } from '../../tests/support/dispatch-kit';
import { validBooking } from '../../tests/support/visit-booking-fixture';

import { sendDueVisitReminders } from './visit-reminders';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const titlesOf = async (userId: string) =>
  (await kit.stack.store.find('notifications', { where: { recipientUserId: userId }, limit: 50 })).items
    .map((m) => m.title)
    .filter((t) => t.includes('提醒'));

const bookAndConfirm = async (halfDay: 'am' | 'pm', openid: string) => {
  const id = dataOf(await kit.send({ openid }, 'visits.book', validBooking({ halfDay }))).id;
  dataOf(await kit.send('staff', 'visits.confirm', { visitId: id }));
  return id;
};

// Monday 2026-11-30: the morning visit starts 09:00, the afternoon one 14:30 (Beijing).
const SUNDAY_10 = Date.UTC(2026, 10, 29, 2); // 23 h before the morning visit
const SUNDAY_15 = Date.UTC(2026, 10, 29, 7); // 23.5 h before the afternoon visit

describe('visit reminders', () => {
  it('reminds the investor and the host of confirmed visits within 24 hours, once', async () => {
    await bookAndConfirm('am', 'o-morning');
    await bookAndConfirm('pm', 'o-afternoon');
    dataOf(await kit.send('investor', 'visits.book', validBooking({ halfDay: 'am' }))); // stays pending

    setNow(kit.stack, SUNDAY_10);
    expect(await sendDueVisitReminders(kit.stack.deps)).toBe(1);
    expect(await sendDueVisitReminders(kit.stack.deps)).toBe(0);
    expect(await titlesOf('u-o-morning')).toEqual(['考察提醒']);
    expect(await titlesOf('u-o-afternoon')).toEqual([]);
    expect(await titlesOf('u-demo-investor')).toEqual([]);
    expect(await titlesOf('u-demo-staff')).toEqual(['接待提醒']);

    setNow(kit.stack, SUNDAY_15);
    expect(await sendDueVisitReminders(kit.stack.deps)).toBe(1);
    expect(await titlesOf('u-o-afternoon')).toEqual(['考察提醒']);
  });

  it('never reminds twice when two runs overlap', async () => {
    await bookAndConfirm('am', 'o-1');
    await bookAndConfirm('am', 'o-2');
    setNow(kit.stack, SUNDAY_10);
    const counts = await Promise.all([sendDueVisitReminders(kit.stack.deps), sendDueVisitReminders(kit.stack.deps)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await titlesOf('u-o-1')).toEqual(['考察提醒']);
    expect(await titlesOf('u-o-2')).toEqual(['考察提醒']);
  });

  it('skips visits that were declined or have already started', async () => {
    const declined = await bookAndConfirm('am', 'o-1');
    dataOf(await kit.send('staff', 'visits.decline', { visitId: declined, reason: '临时停电' }));
    await bookAndConfirm('am', 'o-2');
    setNow(kit.stack, Date.UTC(2026, 10, 30, 2)); // Monday 10:00, the morning visit is under way
    expect(await sendDueVisitReminders(kit.stack.deps)).toBe(0);
  });
});
