import { sha256Hex } from '@core/kernel/sha256';
import { INVITE_CODE_LENGTH } from './invite';
import { noteAudit, type HandlerContext, type IdSource, type InviteCodeImage } from '@core/kernel/deps';
import { AppError, conflict, notFound } from '@core/kernel/errors';

/** Crockford base32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A code from the injected id source (a random UUID in production): its SHA-256, 40 bits of it
 * written in Crockford base32. Never Math.random.
 */
export const newInviteCode = (ids: IdSource): string => {
  const hex = sha256Hex(ids.newId()).slice(0, 10);
  let bits = parseInt(hex, 16); // 40 bits: exact in a double
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i += 1) {
    code = (CROCKFORD[bits % 32] as string) + code;
    bits = Math.floor(bits / 32);
  }
  return code;
};

/** A repeat in 2^40 codes is rare; this many draws make it vanishingly so. */
export const CODE_DRAWS = 5;

/** A code no document holds yet: up to `tries` draws of newInviteCode, or null when every draw was taken. */
export const drawFreeCode = async (
  ids: IdSource,
  isTaken: (code: string) => Promise<boolean>,
  tries = CODE_DRAWS,
): Promise<string | null> => {
  for (let i = 0; i < tries; i += 1) {
    const code = newInviteCode(ids);
    if (!(await isTaken(code))) return code;
  }
  return null;
};

/** What a person typed → the canonical code: case, spaces and dashes ignored; I/L read as 1, O as 0. */
export const normaliseInviteCode = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

export const isInviteCode = (code: string): boolean =>
  code.length === INVITE_CODE_LENGTH && [...code].every((c) => CROCKFORD.includes(c));

/** What kind of code an image shows (an invite's, a 现场评议 round's), and what to say when it cannot be shown. */
export interface CodeImageKind {
  /** The collection of the code's document: the audit target is `<collection>/<id>`. */
  collection: string;
  /** The mini-program page the image opens. */
  page: string;
  /** The NOT_FOUND message for an id that names nothing. */
  missingMessage: string;
  /** The CONFLICT message for a code that no longer works (used, revoked, expired, closed). */
  endedMessage: string;
  /** The UNAVAILABLE message where no image can be made. */
  noImageMessage: string;
}

/**
 * The code of an open document (an invite, a round) as an image, noted in the audit as shown: in
 * WeChat a mini-program code whose scene is the code, on the local stack a QR of the H5 link. Made on
 * each ask and stored nowhere. A code past `endsAt` or no longer open is refused.
 */
export const renderCodeImage = async <D extends { code: string; status: string }>(
  ctx: HandlerContext,
  kind: CodeImageKind,
  id: string,
  doc: D | null,
  endsAt: (doc: D) => number,
): Promise<{ doc: D; image: InviteCodeImage }> => {
  if (!doc) throw notFound(kind.missingMessage);
  noteAudit(ctx, { target: `${kind.collection}/${id}`, before: null, after: { shown: 'qrcode' } });
  if (doc.status !== 'open' || endsAt(doc) <= ctx.deps.clock.now()) throw conflict(kind.endedMessage);
  const images = ctx.deps.inviteImages;
  if (!images) throw new AppError('UNAVAILABLE', kind.noImageMessage);
  return { doc, image: await images.render(doc.code, kind.page) };
};
