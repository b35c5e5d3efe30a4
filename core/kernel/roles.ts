/**
 * Who a caller is to the zone. A WeChat user nobody has registered is a visitor: they may browse
 * and, from the visit and ticket issues on, become an investor or enterprise by acting.
 */
export const ROLES = ['visitor', 'investor', 'enterprise', 'staff', 'leader', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  visitor: '访客',
  investor: '客商',
  enterprise: '企业',
  staff: '专员',
  leader: '领导',
  admin: '管理员',
  /** Reads the audit log, nothing else (等保: admin duties split). */
  auditor: '审计员',
};

/** Everyone, including a caller with no account: the catalogue is never gated. */
export const PUBLIC = 'public' as const;
export type Audience = typeof PUBLIC | readonly Role[];
