import type { InviteCodeImages } from '@core/app/handlers';

/** A platform double for invite images: records each request, answers a fixed tiny image. */
export const recordingInviteImages = (): InviteCodeImages & { calls: { code: string; page: string }[] } => {
  const calls: { code: string; page: string }[] = [];
  return {
    calls,
    render: async (code, page) => {
      calls.push({ code, page });
      return {
        kind: 'qrcode',
        dataUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        link: `http://test/#/${page}?code=${code}`,
      };
    },
  };
};
