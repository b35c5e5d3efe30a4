import type { ServerResponse } from 'node:http';
import { DEMO_PERSONAS, demoOpenid, type DemoPersona } from '../../core/seed';
import { ROLE_LABELS } from '../../core/domain/roles';
import type { User } from '../../core/domain/user';
import type { DocStore } from '../../core/store';
import { issueSessionToken } from '../session/session-token';
import { sendJson } from './http-io';

export interface DemoPersonaView {
  persona: DemoPersona;
  name: string;
  organisation: string | null;
  roleLabel: string;
}

const isPersona = (value: unknown): value is DemoPersona =>
  typeof value === 'string' && (DEMO_PERSONAS as readonly string[]).includes(value);

const userOf = async (store: DocStore, persona: DemoPersona): Promise<User | null> =>
  (await store.find<User>('users', { where: { openid: demoOpenid(persona) }, limit: 1 })).items[0] ?? null;

/** GET /api/demo/personas: who one can act as on the local stack. */
export const listPersonas = async (store: DocStore, res: ServerResponse): Promise<void> => {
  const views: DemoPersonaView[] = [];
  for (const persona of DEMO_PERSONAS) {
    const user = await userOf(store, persona);
    if (user) {
      const roleLabel = ROLE_LABELS[user.roles[0] ?? 'visitor'];
      views.push({ persona, name: user.name, organisation: user.organisation, roleLabel });
    }
  }
  sendJson(res, 200, { ok: true, data: views });
};

/** POST /api/demo/session { persona }: a signed session for a seeded persona. Roles stay server-side. */
export const startDemoSession = async (
  store: DocStore,
  body: unknown,
  secret: string,
  now: number,
  res: ServerResponse,
): Promise<void> => {
  const persona = (body as { persona?: unknown } | null)?.persona;
  if (!isPersona(persona)) {
    sendJson(res, 200, { ok: false, error: { code: 'INVALID_INPUT', message: '请选择体验身份', field: 'persona' } });
    return;
  }
  const user = await userOf(store, persona);
  if (!user) {
    sendJson(res, 200, { ok: false, error: { code: 'NOT_FOUND', message: '体验身份不存在' } });
    return;
  }
  sendJson(res, 200, { ok: true, data: { token: issueSessionToken(user.openid, secret, now) } });
};
