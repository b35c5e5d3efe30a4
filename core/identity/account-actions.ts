import * as v from 'valibot';
import { PUBLIC, ROLES, type Role } from '@core/kernel/roles';
import { mobileField } from '@core/kernel/validation/common-fields';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';

export interface WhoAmI {
  isSignedIn: boolean;
  name: string | null;
  organisation: string | null;
  roles: Role[];
  /** Masked: 138****8000. */
  phone: string | null;
  /** For the office (admin) only: what needs its attention, e.g. next year's holiday schedule is missing. */
  notices: string[];
}

/** The one-time code `npm run deploy` prints: 8 digits. */
export const BOOTSTRAP_CODE_PATTERN = /^\d{8}$/;

/** What binding an invite made of the caller. */
export interface BindResult {
  name: string;
  roles: Role[];
  teamNames: string[];
}

export const accountActions = {
  'account.whoami': defineAction<WhoAmI>()({ input: v.strictObject({}), audience: PUBLIC }),
  /** Makes the caller the first admin, once: the deploy's code must match and no admin may exist yet. */
  'account.bootstrapAdmin': defineAction<WhoAmI>()({
    input: v.strictObject({
      code: v.pipe(v.string('请输入初始化码'), v.trim(), v.regex(BOOTSTRAP_CODE_PATTERN, '初始化码为8位数字')),
    }),
    audience: PUBLIC,
    isMutation: true,
  }),
  'account.bindInvite': defineAction<BindResult>()({
    input: v.strictObject({
      code: v.pipe(v.string('请输入邀请码'), v.trim(), v.minLength(8, '邀请码为8位'), v.maxLength(12, '邀请码为8位')),
      mobile: mobileField,
    }),
    audience: ROLES,
    isMutation: true,
    isAudited: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type AccountHandler<A extends keyof typeof accountActions> = HandlerOf<(typeof accountActions)[A]>;
