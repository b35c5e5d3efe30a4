import * as cloud from 'wx-server-sdk';
import type { SendResult, SubscribeSender } from '@core/notify/deliver-outbox';

interface OpenApiSubscribe {
  send(request: {
    touser: string;
    templateId: string;
    page?: string;
    data: Record<string, { value: string }>;
    miniprogramState: 'formal' | 'trial' | 'developer';
  }): Promise<{ errCode?: number; errMsg?: string }>;
}

/** 'formal' unless the deployment says otherwise (ZD_MINIPROGRAM_STATE=trial for the 体验版). */
const miniprogramState = (): 'formal' | 'trial' | 'developer' => {
  const state = process.env.ZD_MINIPROGRAM_STATE;
  return state === 'trial' || state === 'developer' ? state : 'formal';
};

const codeOf = (e: unknown): number => {
  const code = (e as { errCode?: unknown } | null)?.errCode;
  return typeof code === 'number' ? code : -1;
};

/**
 * Sends through cloud.openapi.subscribeMessage.send (config.json grants the permission). WeChat
 * answers a refusal either as errCode in the result or as a thrown error; both become a SendResult.
 */
export const cloudSubscribeSender = (): SubscribeSender => ({
  send: async ({ openid, templateId, page, data }): Promise<SendResult> => {
    const api = (cloud.openapi as Record<string, unknown>).subscribeMessage as OpenApiSubscribe;
    try {
      const answer = await api.send({
        touser: openid,
        templateId,
        ...(page ? { page: page.replace(/^\//, '') } : {}),
        data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }])),
        miniprogramState: miniprogramState(),
      });
      const errCode = answer.errCode ?? 0;
      return errCode === 0 ? { ok: true } : { ok: false, errCode, errMsg: answer.errMsg ?? '' };
    } catch (e) {
      return { ok: false, errCode: codeOf(e), errMsg: e instanceof Error ? e.message : String(e) };
    }
  },
});
