import { checkCreditCode, creditCodeCheckChar } from './credit-code';

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it.each([
    // The standard's own worked example.
    ['91350100M000100Y43', 'valid'],
    ['91110000802100433B', 'valid'],
    // A check character of 0 (Σ mod 31 = 0 → 31 → 0).
    [`91110000MA0000001${creditCodeCheckChar('91110000MA0000001') ?? ''}`, 'valid'],
    ['91350100M000100Y44', 'check_digit_mismatch'],
    ['91350100M000100Y4B', 'check_digit_mismatch'],
    ['9111000071093123XQ', 'check_digit_mismatch'],
    // Characters the code set leaves out: I O Z S V.
    ['91350100M000100I43', 'malformed'],
    ['91350100M000100O43', 'malformed'],
    ['91350100M000100Z43', 'malformed'],
    ['91350100M000100S43', 'malformed'],
    ['91350100M000100V43', 'malformed'],
    ['91350100m000100y43', 'malformed'],
    ['91350100M000100Y4', 'malformed'],
    ['91350100M000100Y433', 'malformed'],
    ['', 'malformed'],
  ])('%s → %s', (code, expected) => {
    expect(checkCreditCode(code)).toBe(expected);
  });

  it('maps every possible remainder to a character of the code set', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n += 1) seen.add(creditCodeCheckChar(`9111000000${String(n).padStart(7, '0')}`) ?? '?');
    expect(seen.has('?')).toBe(false);
    expect(seen.size).toBe(31);
  });

  it('gives no check character for a malformed prefix', () => {
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
    expect(creditCodeCheckChar('913501')).toBeNull();
  });
});
