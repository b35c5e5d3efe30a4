import { demoSession as demoToken, JSON_HEADERS } from '../support/spawn-server';

/**
 * Setting a scene over the wire as a demo persona would: one signed demo session, then actions or the
 * demo endpoints (which need a demo session and a JSON body, like any other caller). The one harness
 * every browser test uses for what it does not do through the pages.
 */

let calls = 0;

export const callAs = async <T>(baseUrl: string, persona: string, action: string, input: unknown): Promise<T> => {
  const token = await demoToken(baseUrl, persona);
  calls += 1;
  const answer = await fetch(`${baseUrl}/api/${action.split('.')[0] ?? ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...JSON_HEADERS },
    body: JSON.stringify({ action, input, requestId: `e2e-scene-${process.pid}-${calls}` }),
  });
  const reply = (await answer.json()) as { ok: boolean; data: T; error?: unknown };
  if (!reply.ok) throw new Error(`${action}: ${JSON.stringify(reply.error)}`);
  return reply.data;
};

/** POST to a demo endpoint (/api/demo/clock, /api/demo/tick) as the demo admin. */
export const demoPost = async (
  baseUrl: string,
  path: string,
  body: unknown,
): Promise<{ ok: boolean; data: { now: number } }> => {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await demoToken(baseUrl, 'admin')}`, ...JSON_HEADERS },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; data: { now: number } };
};
