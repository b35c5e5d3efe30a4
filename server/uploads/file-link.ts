import { createHmac, timingSafeEqual } from 'node:crypto';

/** Like CloudBase's getTempFileURL: a private file is read through a link that expires. */
export const FILE_LINK_TTL_MS = 5 * 60_000;

const sign = (uploadId: string, expiresAt: number, secret: string) =>
  createHmac('sha256', secret).update(`file|${uploadId}|${expiresAt}`).digest('base64url');

export const fileLink = (uploadId: string, secret: string, now: number): string => {
  const expiresAt = now + FILE_LINK_TTL_MS;
  return `/api/files/${encodeURIComponent(uploadId)}?exp=${expiresAt}&sig=${sign(uploadId, expiresAt, secret)}`;
};

export const isValidFileLink = (
  uploadId: string,
  exp: string | null,
  sig: string | null,
  secret: string,
  now: number,
): boolean => {
  const expiresAt = Number(exp);
  if (!sig || !Number.isInteger(expiresAt) || expiresAt < now) return false;
  const expected = Buffer.from(sign(uploadId, expiresAt, secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
