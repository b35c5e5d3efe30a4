import { maskPhone } from '@core/kernel/mask';

const PHONE_KEYS = new Set(['phone', 'mobile', 'contactPhone']);
const SECRET_KEYS = new Set(['openid', 'code', 'usedByOpenid']);

export const maskOpenid = (openid: string | null): string | null =>
  openid === null ? null : openid.length > 8 ? `${openid.slice(0, 4)}****${openid.slice(-4)}` : '****';

/**
 * A copy for the audit log with personal data masked: phones as 138****8000, identities and invite
 * codes cut to their ends. The log proves who changed what without becoming a copy of the data.
 */
export const maskPersonal = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(maskPersonal);
  if (value === null || typeof value !== 'object') return value ?? null;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    if (PHONE_KEYS.has(key) && typeof item === 'string') out[key] = maskPhone(item);
    else if (SECRET_KEYS.has(key) && typeof item === 'string') out[key] = maskOpenid(item);
    else out[key] = maskPersonal(item);
  }
  return out;
};
