import type { Envelope } from '@core/kernel/errors';

/**
 * Stored answers (the `requests` collection) keep no personal data in the clear: mobiles and credit
 * codes are masked before they are written. A replay goes to the same caller with the same request,
 * so the values the caller sent are put back from the retry's own input: the owner gets the first
 * answer exactly, and nothing the caller did not send is ever restored.
 */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const MASKED_MOBILE = /(?<!\d)1[3-9]\d\*{4}\d{4}(?!\d)/g;
const CREDIT_CODE_KEY = 'creditCode';
const maskMobile = (m: string): string => `${m.slice(0, 3)}****${m.slice(-4)}`;
const maskCode = (c: string): string =>
  c.length > 8 ? `${c.slice(0, 4)}${'*'.repeat(c.length - 8)}${c.slice(-4)}` : c;

const walk = (
  value: unknown,
  onString: (s: string, key: string | null) => string,
  key: string | null = null,
): unknown => {
  if (typeof value === 'string') return onString(value, key);
  if (Array.isArray(value)) return value.map((v) => walk(v, onString));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, onString, k)]));
  return value;
};

export const maskAnswer = (answer: Envelope<unknown>): Envelope<unknown> =>
  walk(answer, (s, key) =>
    key === CREDIT_CODE_KEY ? maskCode(s) : s.replace(MOBILE, maskMobile),
  ) as Envelope<unknown>;

/** masked form → value, for every mobile and credit code the retry sends. */
const sentValues = (input: unknown): Map<string, string> => {
  const sent = new Map<string, string>();
  walk(input, (s, key) => {
    if (key === CREDIT_CODE_KEY) sent.set(maskCode(s), s);
    for (const m of s.match(MOBILE) ?? []) sent.set(maskMobile(m), m);
    return s;
  });
  return sent;
};

export const restoreAnswer = (stored: Envelope<unknown>, input: unknown): Envelope<unknown> => {
  const sent = sentValues(input);
  if (sent.size === 0) return stored;
  return walk(stored, (s, key) =>
    key === CREDIT_CODE_KEY ? (sent.get(s) ?? s) : s.replace(MASKED_MOBILE, (m) => sent.get(m) ?? m),
  ) as Envelope<unknown>;
};
