import { sha256Hex } from '@core/kernel/sha256';
import { INVITE_CODE_LENGTH } from './invite';
import type { IdSource } from '@core/kernel/deps';

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

/** What a person typed → the canonical code: case, spaces and dashes ignored; I/L read as 1, O as 0. */
export const normaliseInviteCode = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

export const isInviteCode = (code: string): boolean =>
  code.length === INVITE_CODE_LENGTH && [...code].every((c) => CROCKFORD.includes(c));
