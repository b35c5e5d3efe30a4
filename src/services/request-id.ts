/** A client-generated id for one intent to change something (DESIGN §3 idempotency). */
export const newRequestId = (): string =>
  `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`.replace(/[^A-Za-z0-9]/g, '');
