import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { DEMO_PERSONAS, demoOpenid, type DemoPersona } from '@core/app/seed';
import { ROLE_LABELS } from '@core/kernel/roles';
import type { User } from '@core/kernel/caller';
import type { DocStore } from '@core/kernel/store';
import type { AdjustableClock } from '../demo-clock';
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
  (await store.find('users', { where: { openid: demoOpenid(persona) }, limit: 1 })).items[0] ?? null;

/** A session of one of the 体验身份 personas: what the clock and tick endpoints ask for. */
export const isDemoSession = (openid: string | null): boolean =>
  openid !== null && DEMO_PERSONAS.some((persona) => demoOpenid(persona) === openid);

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

/**
 * POST /api/demo/session { persona }: a signed session for a seeded persona. Roles stay server-side.
 * { fresh: true }: a session for a new identity, as a first-time WeChat user would have.
 */
export const startDemoSession = async (
  store: DocStore,
  body: unknown,
  secret: string,
  now: number,
  res: ServerResponse,
): Promise<void> => {
  const { persona, fresh } = (body as { persona?: unknown; fresh?: unknown } | null) ?? {};
  if (fresh === true) {
    // A brand-new WeChat identity nobody knows yet: to try staff onboarding (invite codes) end to end.
    sendJson(res, 200, { ok: true, data: { token: issueSessionToken(`demo-fresh-${randomUUID()}`, secret, now) } });
    return;
  }
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

/** Longest single move of the demo clock: a month. */
const MAX_ADVANCE_MINUTES = 31 * 24 * 60;

const refuse = (res: ServerResponse, field: 'advanceMinutes' | 'at', message: string): void =>
  sendJson(res, 200, { ok: false, error: { code: 'INVALID_INPUT', message, field } });

/**
 * GET /api/demo/clock reads the demo clock; POST { advanceMinutes } moves it forward by whole minutes,
 * POST { at } to an absolute instant (UTC ms), so a test names the moment a scenario needs instead of
 * reasoning from "now". Exists only in demo mode; production has no such endpoint.
 */
export const moveDemoClock = (clock: AdjustableClock, body: unknown, res: ServerResponse): void => {
  if (body !== null) {
    const { advanceMinutes: minutes, at } = body as { advanceMinutes?: unknown; at?: unknown };
    if (at !== undefined) {
      const now = clock.now();
      if (typeof at !== 'number' || !Number.isInteger(at) || at < now || at > now + MAX_ADVANCE_MINUTES * 60_000) {
        return refuse(res, 'at', '请给出不早于当前演示时间、且在一个月之内的时刻（UTC 毫秒）');
      }
      clock.moveTo(at);
    } else {
      if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ADVANCE_MINUTES) {
        return refuse(res, 'advanceMinutes', `请输入 0–${MAX_ADVANCE_MINUTES} 之间的整数分钟`);
      }
      clock.advance(minutes * 60_000);
    }
  }
  sendJson(res, 200, { ok: true, data: { now: clock.now(), offsetMs: clock.offsetMs() } });
};
