import { utcMsAt } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';
import type { TicketStatus } from '../ticket';
import { nextSlaPauses, ticketSla, type TicketSlaFields } from './ticket-sla';

const time = createWorkingTime(createWorkingCalendar());
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return utcMsAt(date, h ?? 0, m ?? 0);
};
/** 4 working hours to respond, 2 working days (15 h) to resolve. */
const ticket = (over: Partial<TicketSlaFields> = {}): TicketSlaFields => ({
  status: 'assigned',
  targets: { responseWorkingHours: 4, resolutionWorkingDays: 2 },
  createdAt: at('2026-11-26', '09:00'),
  respondedAt: null,
  resolvedAt: null,
  slaPauses: [],
  ...over,
});

describe(`ticket SLA clocks (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    // name, created, now, response state, response text, response due
    // A 4-hour target turns yellow in its last working hour (the last quarter), not from its first minute.
    ['green an hour in', '2026-11-26 09:00', '2026-11-26 10:00', 'on_track', '剩余 3 个工作小时', '2026-11-26 14:30'],
    [
      'green with just over an hour left',
      '2026-11-26 09:00',
      '2026-11-26 11:59',
      'on_track',
      '剩余 1 个工作小时',
      '2026-11-26 14:30',
    ],
    [
      'yellow in the last hour',
      '2026-11-26 09:00',
      '2026-11-26 13:36',
      'warning',
      '剩余 0.9 个工作小时',
      '2026-11-26 14:30',
    ],
    ['across lunch', '2026-11-26 11:30', '2026-11-26 13:00', 'on_track', '剩余 3.5 个工作小时', '2026-11-26 17:00'],
    [
      'over the end of day',
      '2026-11-26 17:00',
      '2026-11-27 08:00',
      'on_track',
      '剩余 3.5 个工作小时',
      '2026-11-27 12:00',
    ],
    ['red after due', '2026-11-26 09:00', '2026-11-26 15:00', 'overdue', '已超时 0.5 个工作小时', '2026-11-26 14:30'],
    [
      'across National Day 2026',
      '2026-09-30 16:30',
      '2026-10-05 12:00',
      'on_track',
      '剩余 3 个工作小时',
      '2026-10-08 11:30',
    ],
    [
      'onto the 调休 Saturday 2026-10-10',
      '2026-10-09 15:30',
      '2026-10-10 11:00',
      'overdue',
      '已超时 0.5 个工作小时',
      '2026-10-10 10:30',
    ],
  ])('response clock %s', (_name, created, now, state, text, due) => {
    const [cd, ct] = created.split(' ') as [string, string];
    const [nd, nt] = now.split(' ') as [string, string];
    const [dd, dt] = due.split(' ') as [string, string];
    const sla = ticketSla(ticket({ createdAt: at(cd, ct) }), time, at(nd, nt));
    expect(sla?.response).toEqual({ state, text, dueAt: at(dd, dt), isStopped: false });
  });

  it('counts the resolution target as working time across a weekend (15 h from Thu 09:00 → Mon 09:00)', () => {
    const sla = ticketSla(
      ticket({ status: 'in_progress', respondedAt: at('2026-11-26', '10:00') }),
      time,
      at('2026-11-28', '12:00'),
    );
    expect(sla?.resolution).toEqual({
      state: 'warning',
      text: '剩余 0.5 个工作小时',
      dueAt: at('2026-11-30', '09:00'),
      isStopped: false,
    });
    // Responded in time: that clock is settled green and no longer the headline.
    expect(sla?.response).toMatchObject({ state: 'on_track', text: '按时完成', isStopped: true });
    expect(sla?.headlineName).toBe('办结');
  });

  it('honours office overrides: a closed Friday moves the deadline a day on', () => {
    const closed = createWorkingTime(createWorkingCalendar([{ date: '2026-11-27', isWorking: false, note: '停电' }]));
    const sla = ticketSla(ticket(), closed, at('2026-11-26', '10:00'));
    expect(sla?.resolution.dueAt).toBe(at('2026-12-01', '09:00'));
  });

  it('stands still while waiting for the enterprise and resumes after, transfers aside', () => {
    const steps: [TicketStatus, TicketStatus, string][] = [
      ['accepted', 'waiting_enterprise', '2026-11-26 10:00'],
      ['waiting_enterprise', 'waiting_enterprise', '2026-11-26 11:00'], // no change within a status
      ['waiting_enterprise', 'in_progress', '2026-11-27 10:00'],
    ];
    let pauses = ticket().slaPauses;
    const paused = ticket({ status: 'waiting_enterprise', respondedAt: at('2026-11-26', '09:30') });
    for (const [from, to, when] of steps) {
      const [d, t] = when.split(' ') as [string, string];
      pauses = nextSlaPauses(pauses, from, to, at(d, t)) ?? pauses;
      if (to === 'waiting_enterprise') {
        const reading = ticketSla({ ...paused, slaPauses: pauses }, time, at('2026-11-26', '15:00'));
        expect(reading?.resolution.text).toBe('已暂停，剩余 14 个工作小时');
      }
    }
    expect(pauses).toEqual([{ start: at('2026-11-26', '10:00'), end: at('2026-11-27', '10:00') }]);
    // 7.5 paused working hours push Mon 09:00 to Tue 09:00.
    const after = ticketSla({ ...paused, status: 'in_progress', slaPauses: pauses }, time, at('2026-11-27', '11:00'));
    expect(after?.resolution).toMatchObject({ state: 'on_track', dueAt: at('2026-12-01', '09:00') });
  });

  it('settles at resolution: on time stays green, late stays red, and later waiting does not move it', () => {
    const onTime = ticket({
      status: 'resolved',
      respondedAt: at('2026-11-26', '10:00'),
      resolvedAt: at('2026-11-27', '16:00'),
      slaPauses: [{ start: at('2026-11-27', '16:00'), end: null }],
    });
    expect(ticketSla(onTime, time, at('2026-12-10', '10:00'))?.resolution).toMatchObject({
      state: 'on_track',
      text: '按时完成',
      isStopped: true,
    });
    const late = {
      ...onTime,
      resolvedAt: at('2026-12-01', '10:00'),
      slaPauses: [{ start: at('2026-12-01', '10:00'), end: null }],
    };
    expect(ticketSla(late, time, at('2026-12-10', '10:00'))?.headline).toMatchObject({
      state: 'overdue',
      text: '超时完成',
    });
  });

  it('heads with the response clock before acceptance and has none once cancelled', () => {
    expect(ticketSla(ticket(), time, at('2026-11-26', '14:00'))?.headlineName).toBe('首次响应');
    expect(ticketSla(ticket({ status: 'cancelled' }), time, at('2026-11-26', '14:00'))).toBeNull();
  });
});
