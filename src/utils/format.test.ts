import { formatFloors, formatM2, formatMu, formatYi, PENDING } from './format';

describe('catalogue figures', () => {
  it('says 待补充 for every unpublished figure', () => {
    expect([formatMu(null), formatYi(null), formatM2(null), formatFloors(null)]).toEqual([
      PENDING,
      PENDING,
      PENDING,
      PENDING,
    ]);
  });

  it('formats published figures in the units the zone uses', () => {
    expect(formatMu(667)).toBe('667亩');
    expect(formatYi(18)).toBe('18亿元');
    expect(formatM2(40000)).toBe('4万平方米');
    expect(formatM2(2500)).toBe('2500平方米');
    expect(formatFloors(3)).toBe('3层');
  });
});
