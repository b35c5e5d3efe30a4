/** 13800138000 → 138****8000. Shown to everyone but the owner and the assigned staff (PIPL). */
export const maskPhone = (phone: string | null): string | null =>
  phone === null ? null : phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

/** 91350100M000100Y43 → 9135**********0Y43: enough to recognise, not to reuse. */
export const maskCreditCode = (code: string): string =>
  code.length === 18 ? `${code.slice(0, 4)}${'*'.repeat(10)}${code.slice(-4)}` : '*'.repeat(code.length);
