import * as cloud from 'wx-server-sdk';
import type { InviteCodeImages } from '@core/app/handlers';
import { cloudDatabase } from './cloud-sdk';

interface OpenApiWxacode {
  getUnlimited(request: {
    scene: string;
    page: string;
    checkPath: boolean;
    envVersion: 'release' | 'trial' | 'develop';
    width: number;
  }): Promise<{ errCode?: number; errMsg?: string; contentType?: string; buffer?: Uint8Array }>;
}

/** WeChat's scene: at most 32 visible characters (an invite code is 8). */
export const MAX_SCENE_LENGTH = 32;
/** The smallest code WeChat makes (280–1280 px): it keeps the base64 answer near 30 KB. */
const WIDTH = 280;

/** The version the code opens, from the same switch as the subscribe messages (ZD_MINIPROGRAM_STATE). */
const envVersion = (): 'release' | 'trial' | 'develop' => {
  const state = process.env.ZD_MINIPROGRAM_STATE;
  return state === 'trial' ? 'trial' : state === 'developer' ? 'develop' : 'release';
};

/**
 * Mini-program codes through cloud.openapi.wxacode.getUnlimited (config.json grants the permission).
 * The scene is the code itself, which the bind page reads from `scene`. checkPath false: the bind page
 * lives in a subpackage and a new release may not be published yet when the office issues a code.
 * The image goes back as base64 and is stored nowhere: a copy in cloud storage would outlive a revoke.
 */
export const cloudInviteImages = (
  /** wx-server-sdk's `cloud.openapi`; tests hand in the platform double. */
  openapi: () => unknown = () => cloud.openapi,
): InviteCodeImages => ({
  render: async (code, page) => {
    if (code.length > MAX_SCENE_LENGTH) throw new Error(`scene longer than ${MAX_SCENE_LENGTH}: ${code.length}`);
    cloudDatabase(); // initialises the SDK for this environment
    const api = (openapi() as { wxacode: OpenApiWxacode }).wxacode;
    const answer = await api.getUnlimited({
      scene: code,
      page: page.replace(/^\//, ''),
      checkPath: false,
      envVersion: envVersion(),
      width: WIDTH,
    });
    if ((answer.errCode ?? 0) !== 0 || !answer.buffer) {
      throw new Error(`wxacode.getUnlimited: ${answer.errCode ?? 'no image'} ${answer.errMsg ?? ''}`);
    }
    const base64 = Buffer.from(answer.buffer).toString('base64');
    return { kind: 'wxacode', dataUrl: `data:${answer.contentType ?? 'image/jpeg'};base64,${base64}`, link: null };
  },
});
