/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import type { AvailabilityView } from '@core/app/contract';
import { SlotPicker } from './';

jest.mock('@tarojs/components', () => jest.requireActual('@tests/support/taro-components-mock'));

const availability: AvailabilityView = {
  earliest: '2026-11-30',
  latest: '2026-12-27',
  cutoffHours: 24,
  days: [
    {
      date: '2026-11-28',
      weekday: 6,
      isBookable: false,
      reason: 'weekend',
      reasonText: '周末',
      slots: [
        { halfDay: 'am', remaining: 0, isFixedOnceBooked: false },
        { halfDay: 'pm', remaining: 0, isFixedOnceBooked: false },
      ],
    },
    {
      date: '2026-11-30',
      weekday: 1,
      isBookable: true,
      reason: null,
      reasonText: null,
      slots: [
        { halfDay: 'am', remaining: 0, isFixedOnceBooked: false },
        { halfDay: 'pm', remaining: 2, isFixedOnceBooked: false },
      ],
    },
  ],
};

describe('SlotPicker', () => {
  it('greys closed days with their reason and lets only open days and open halves be picked', () => {
    const picks: [string, string | null][] = [];
    const { rerender } = render(
      <SlotPicker
        status="ready"
        data={availability}
        error={null}
        date={null}
        halfDay={null}
        onPick={(date, halfDay) => picks.push([date, halfDay])}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByText('周末')).toBeTruthy();
    expect(screen.getByText('11/28').parentElement?.className).toContain('slot-day--off');
    expect(screen.getByText('11/30').parentElement?.className).not.toContain('slot-day--off');
    fireEvent.click(screen.getByText('11/28'));
    expect(picks).toEqual([]);
    fireEvent.click(screen.getByText('11/30'));
    expect(picks).toEqual([['2026-11-30', null]]);

    rerender(
      <SlotPicker
        status="ready"
        data={availability}
        error={null}
        date="2026-11-30"
        halfDay={null}
        onPick={(date, halfDay) => picks.push([date, halfDay])}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByText('已约满')).toBeTruthy();
    fireEvent.click(screen.getByText('上午'));
    fireEvent.click(screen.getByText('下午'));
    expect(picks).toEqual([
      ['2026-11-30', null],
      ['2026-11-30', 'pm'],
    ]);
  });
});
