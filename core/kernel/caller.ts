import type { Role } from './roles';

/** A person known to the zone, keyed by their platform identity (WeChat OPENID). */
export interface User {
  id: string;
  version: number;
  openid: string;
  name: string;
  roles: Role[];
  /** Organisation shown next to the name: a company for investors and enterprises, a desk for staff. */
  organisation: string | null;
  /** Stored whole, shown masked to anyone but the owner (PIPL). */
  phone: string | null;
  createdAt: number;
}

/** Who is calling, as the server resolved it. Never built from a payload. */
export interface Caller {
  openid: string | null;
  user: User | null;
  roles: readonly Role[];
}
