import { asEnvelope, postJson } from './transport';
import { sessionToken } from './session';
import type { Envelope } from '@core/kernel/errors';

export interface DemoPersonaView {
  persona: string;
  name: string;
  organisation: string | null;
  roleLabel: string;
}

/** 体验身份 exists only on the local demo stack (H5); WeChat identity is always the real OPENID. */
export const isDemoAvailable = process.env.TARO_ENV === 'h5';

export const listPersonas = async (): Promise<Envelope<DemoPersonaView[]>> => {
  try {
    return asEnvelope(await postJson('/api/demo/personas', null, 'GET'));
  } catch {
    return asEnvelope(null);
  }
};

/** `persona`, or `{ fresh: true }` for a brand-new WeChat identity (to try staff onboarding by invite code). */
export const actAs = async (persona: string | { fresh: true }): Promise<Envelope<null>> => {
  try {
    const body = typeof persona === 'string' ? { persona } : persona;
    const answer = asEnvelope<{ token: string }>(await postJson('/api/demo/session', body));
    if (!answer.ok) return answer;
    sessionToken.set(answer.data.token);
    return { ok: true, data: null };
  } catch {
    return asEnvelope(null);
  }
};

export const leaveDemo = (): void => sessionToken.clear();
