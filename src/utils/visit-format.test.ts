import { formatDay, formatMoment, formatSlot, shortDay } from './visit-format';

describe('visit formatting at +08:00', () => {
  it('names days and half-days in Chinese', () => {
    expect(formatDay('2026-10-10')).toBe('10月10日 周六');
    expect(formatSlot('2026-11-30', 'pm')).toBe('11月30日 周一 下午');
    expect(shortDay('2026-01-05')).toBe('1/5');
  });

  it('shows moments in Beijing time', () => {
    expect(formatMoment(Date.UTC(2026, 10, 29, 6, 30))).toBe('2026年11月29日 14:30');
  });
});
