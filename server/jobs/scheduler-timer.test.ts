import { dataOf, setNow } from '../../tests/support/dispatch-kit';
import { useTestStack } from '../../tests/support/use-test-stack';
import { validBooking } from '../../tests/support/visit-booking-fixture';
import { IDLE_TICK_DONE } from '../../tests/support/tick-jobs';
import { startSchedulerTimer } from './scheduler-timer';

const kit = useTestStack();

describe('local scheduler timer', () => {
  it('runs the tick that sends due reminders, and logs a failed tick instead of throwing', async () => {
    const { stack, send } = kit;
    const visitId = dataOf(await send('investor', 'visits.book', validBooking({ halfDay: 'am' }))).id;
    dataOf(await send('staff', 'visits.confirm', { visitId }));
    setNow(stack, Date.UTC(2026, 10, 29, 2)); // Sunday 10:00 in Beijing, 23 h before Monday 09:00

    const timer = startSchedulerTimer(stack.deps, 60_000);
    try {
      await timer.runNow(); // joins the pass started at once
      const inbox = await stack.store.find('notifications', {
        where: { recipientUserId: 'u-demo-investor' },
        limit: 20,
      });
      expect(inbox.items.map((m) => m.title)).toContain('考察提醒');
      expect((await timer.runNow())?.done).toEqual(IDLE_TICK_DONE);

      stack.deps.clock = {
        now: () => {
          throw new Error('clock broke');
        },
      };
      expect(await timer.runNow()).toBeNull();
      expect(stack.logged.map((l) => l.message)).toContain('scheduler tick failed');
    } finally {
      timer.stop();
    }
  });
});
