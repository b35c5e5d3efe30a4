import * as v from 'valibot';
import { PUBLIC, type Role } from '@core/kernel/roles';
import { defineAction } from '@core/kernel/define-action';

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
};
