import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { describeSla, readSlaClock, SLA_WARNING_RULE, warningThresholdMinutes } from './sla-clock';

const time = createWorkingTime(createWorkingCalendar());
const THU_9 = utcMsAt('2026-11-26', 9, 0);
const read = (now: number, targetMinutes = 16 * 60, pauses: { start: number; end: number | null }[] = []) =>
  readSlaClock(time, { startedAt: THU_9, targetMinutes, pauses, now });

describe(`SLA clock in working time (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('is on track early, with the deadline counted in working hours across the weekend', () => {
    const r = read(utcMsAt('2026-11-26', 10, 0));
    expect(r).toMatchObject({ state: 'on_track', usedMinutes: 60, remainingMinutes: 900, isPaused: false });
    // 16 working hours from Thu 09:00: Thu 7 h, Fri 7.5 h, Mon 1.5 h → Mon 10:00.
    expect(r.dueAt).toBe(utcMsAt('2026-11-30', 10, 0));
    expect(describeSla(r)).toBe('剩余 15 个工作小时');
  });

  it('turns yellow in the last quarter of the target, and red once past due', () => {
    expect(read(utcMsAt('2026-11-27', 13, 30)).state).toBe('on_track'); // 7 + 3.5 = 10.5 h used, 5.5 h left
    expect(read(utcMsAt('2026-11-27', 16, 0)).state).toBe('warning'); // 13 h used, 3 h left
    expect(read(utcMsAt('2026-11-30', 10, 0)).state).toBe('warning'); // exactly due: 0 left, not yet over
    // Due at closing time and still open that evening: overdue although no working minute has passed since.
    const dueAtClose = readSlaClock(time, {
      startedAt: THU_9,
      targetMinutes: 7 * 60,
      pauses: [],
      now: utcMsAt('2026-11-26', 20, 0),
    });
    expect(dueAtClose).toMatchObject({ state: 'overdue', remainingMinutes: 0 });
    expect(describeSla(dueAtClose)).toBe('已超时');
    const late = read(utcMsAt('2026-11-30', 14, 30));
    expect(late.state).toBe('overdue');
    expect(late.remainingMinutes).toBe(-180);
    expect(describeSla(late)).toBe('已超时 3 个工作小时');
    // A long target warns by share: 40 h target, 10 h left is 25%; 10.5 h left is still green.
    expect(read(time.addWorkingMinutes(THU_9, 30 * 60), 40 * 60).state).toBe('warning');
    expect(read(time.addWorkingMinutes(THU_9, 29.5 * 60), 40 * 60).state).toBe('on_track');
  });

  it('stands still while waiting for the enterprise and moves the deadline by the paused working time', () => {
    const pausedFrom = utcMsAt('2026-11-26', 10, 0);
    const paused = read(utcMsAt('2026-11-30', 9, 0), 16 * 60, [{ start: pausedFrom, end: null }]);
    expect(paused).toMatchObject({ usedMinutes: 60, isPaused: true, state: 'on_track' });
    expect(describeSla(paused)).toBe('已暂停，剩余 15 个工作小时');
    const resumed = read(utcMsAt('2026-11-30', 10, 0), 16 * 60, [
      { start: pausedFrom, end: utcMsAt('2026-11-27', 10, 0) },
    ]);
    // Paused 7.5 working hours (Thu 10:00 → Fri 10:00), so 1 h Thu + 6 h Fri + 1.5 h Mon = 8.5 h used.
    expect(resumed.usedMinutes).toBe(8.5 * 60);
    expect(resumed.dueAt).toBe(time.addWorkingMinutes(THU_9, 16 * 60 + 7.5 * 60));
  });

  it.each([
    // target (working hours), yellow from (working hours left): the last 25%, at least 1 working hour
    [0.5, 0.5], // shorter than the floor: the whole target is the last stretch
    [1, 1],
    [2, 1], // 25% would be 30 min: the 1-hour floor wins
    [4, 1], // the 4-hour response target: yellow only in its last hour, not from its first minute
    [8, 2],
    [16, 4],
    [15 * 7.5, 28.125], // 15 working days
  ])('warns a %s-hour target from %s working hours left', (targetHours, yellowFromHours) => {
    const targetMinutes = targetHours * 60;
    expect(SLA_WARNING_RULE.version).toBe(2);
    expect(warningThresholdMinutes(targetMinutes)).toBe(yellowFromHours * 60);
    const usedAtYellow = targetMinutes - yellowFromHours * 60;
    // One working minute before the threshold green (unless yellow from the start), at it yellow.
    if (usedAtYellow >= 1) {
      expect(read(time.addWorkingMinutes(THU_9, usedAtYellow - 1), targetMinutes).state).toBe('on_track');
    }
    expect(read(time.addWorkingMinutes(THU_9, usedAtYellow), targetMinutes).state).toBe('warning');
    // The first working minute of a fresh ticket is green whenever the target exceeds the floor.
    expect(read(time.addWorkingMinutes(THU_9, 1), targetMinutes).state).toBe(
      targetMinutes > 60 ? 'on_track' : 'warning',
    );
  });
});
