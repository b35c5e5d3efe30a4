let calls = 0;

/** Sets a scene over the wire as a demo persona would (a signed demo session, then one action). */
export const callAs = async <T>(baseUrl: string, persona: string, action: string, input: unknown): Promise<T> => {
  const login = await fetch(`${baseUrl}/api/demo/session`, { method: 'POST', body: JSON.stringify({ persona }) });
  const { data } = (await login.json()) as { data: { token: string } };
  calls += 1;
  const answer = await fetch(`${baseUrl}/api/${action.split('.')[0] ?? ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action, input, requestId: `e2e-scene-${process.pid}-${calls}` }),
  });
  const reply = (await answer.json()) as { ok: boolean; data: T; error?: unknown };
  if (!reply.ok) throw new Error(`${action}: ${JSON.stringify(reply.error)}`);
  return reply.data;
};
