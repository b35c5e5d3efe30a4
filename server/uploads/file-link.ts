import { createHmac, timingSafeEqual } from 'node:crypto';

/** Like CloudBase's getTempFileURL: a private file is read through a link that expires. */
export const FILE_LINK_TTL_MS = 5 * 60_000;

/** `purpose` keeps a link for one kind of file from opening another (uploads: file, workbooks: export). */
export const signLink = (uploadId: string, expiresAt: number, secret: string, purpose = 'file') =>
  createHmac('sha256', secret).update(`${purpose}|${uploadId}|${expiresAt}`).digest('base64url');
const sign = (uploadId: string, expiresAt: number, secret: string) => signLink(uploadId, expiresAt, secret);

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
  purpose = 'file',
): boolean => {
  const expiresAt = Number(exp);
  if (!sig || !Number.isInteger(expiresAt) || expiresAt < now) return false;
  const expected = Buffer.from(signLink(uploadId, expiresAt, secret, purpose));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
