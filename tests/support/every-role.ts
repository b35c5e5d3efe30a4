import type { As } from './dispatch-kit';

/** The callers every access matrix starts with, in this order; a matrix adds the one caller it is about. */
const ROLE_CALLERS = {
  nobody: null,
  visitor: { openid: 'o-visitor' },
  investor: 'investor',
  enterprise: 'enterprise',
  staff: 'staff',
  leader: 'leader',
  admin: 'admin',
} as const satisfies Record<string, As>;

/**
 * `[label, caller]` for nobody, a visitor and each demo persona, then `more`. `labels` names a caller
 * the way the matrix means it (`staff: 'staff (host)'`); the test names carry the label.
 */
export const everyRole = (
  labels: Partial<Record<keyof typeof ROLE_CALLERS, string>> = {},
  ...more: [string, As][]
): [string, As][] => [
  ...Object.entries(ROLE_CALLERS).map(([role, as]): [string, As] => [
    labels[role as keyof typeof ROLE_CALLERS] ?? role,
    as,
  ]),
  ...more,
];
