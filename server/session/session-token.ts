import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a demo session lasts before the persona must be picked again. */
export const SESSION_TTL_MS = 7 * 24 * 3_600_000;

interface SessionPayload {
  openid: string;
  issuedAt: number;
}

const sign = (body: string, secret: string): string => createHmac('sha256', secret).update(body).digest('base64url');

/** A signed bearer token: base64url(JSON payload).signature. The server trusts only what it signed. */
export const issueSessionToken = (openid: string, secret: string, now: number): string => {
  const body = Buffer.from(JSON.stringify({ openid, issuedAt: now } satisfies SessionPayload)).toString('base64url');
  return `${body}.${sign(body, secret)}`;
};

/** The openid of a valid, unexpired token; null for anything else. */
export const verifySessionToken = (token: string, secret: string, now: number): string | null => {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<SessionPayload>;
    if (typeof payload.openid !== 'string' || typeof payload.issuedAt !== 'number') return null;
    if (now - payload.issuedAt > SESSION_TTL_MS || payload.issuedAt > now + 60_000) return null;
    return payload.openid;
  } catch {
    return null;
  }
};

export const bearerToken = (header: string | undefined): string | null => {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
};
