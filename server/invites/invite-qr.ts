import qrcode from 'qrcode-generator';
import type { InviteCodeImages } from '@core/app/handlers';

/** Pixels per QR module and the quiet zone (4 modules, as the standard asks). */
const CELL = 6;
const MARGIN = 4 * CELL;

/** The H5 bind page with the code filled in (the H5 router runs in hash mode). */
export const h5BindLink = (origin: string, page: string, code: string): string =>
  `${origin.replace(/\/+$/, '')}/#/${page.replace(/^\//, '')}?code=${encodeURIComponent(code)}`;

/**
 * The local stack has no WeChat to make a mini-program code: a QR code (GIF, error correction M) of
 * the H5 bind link, made here on the server so no QR library ships to the browser.
 */
export const localInviteImages = (origin: string): InviteCodeImages => ({
  render: async (code, page) => {
    const link = h5BindLink(origin, page, code);
    const qr = qrcode(0, 'M');
    qr.addData(link, 'Byte');
    qr.make();
    return { kind: 'qrcode', dataUrl: qr.createDataURL(CELL, MARGIN), link };
  },
});
