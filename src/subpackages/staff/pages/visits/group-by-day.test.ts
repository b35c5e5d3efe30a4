import type { VisitCard } from '@core/app/contract';
import { groupByDay } from './group-by-day';

const card = (id: string, date: string, halfDay: 'am' | 'pm'): VisitCard => ({
  id,
  date,
  halfDay,
  parkNames: ['京德智造产业园'],
  startsAt: 0,
  status: 'pending',
  company: '某公司',
  contactName: '李四',
  partySize: 2,
  hostName: null,
});

describe('groupByDay', () => {
  it('keeps the order and starts a new heading when the day changes', () => {
    const groups = groupByDay([
      card('a', '2026-11-30', 'am'),
      card('b', '2026-11-30', 'pm'),
      card('c', '2026-12-01', 'am'),
    ]);
    expect(groups.map((g) => [g.date, g.visits.map((v) => v.id)])).toEqual([
      ['2026-11-30', ['a', 'b']],
      ['2026-12-01', ['c']],
    ]);
    expect(groupByDay([])).toEqual([]);
  });
});
