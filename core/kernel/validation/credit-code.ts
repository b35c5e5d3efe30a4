/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9A-HJ-NPQRTUWXY (no I O Z S V), the last
 * one a check character over the first 17. Some early codes fail the check yet are legal, so a
 * failing code is not rejected outright: the caller must ask for manual review (请人工核验).
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type CreditCodeCheck = 'malformed' | 'check_digit_mismatch' | 'valid';

/** The check character the first 17 characters call for, or null when they are not well formed. */
export const creditCodeCheckChar = (first17: string): string | null => {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) return null;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += CHARSET.indexOf(first17.charAt(i)) * weight;
  const check = (31 - (sum % 31)) % 31;
  return CHARSET.charAt(check);
};

/** Expects an upper-cased, trimmed code (the input schema does both). */
export const checkCreditCode = (code: string): CreditCodeCheck => {
  if (!SHAPE.test(code)) return 'malformed';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? 'valid' : 'check_digit_mismatch';
};
