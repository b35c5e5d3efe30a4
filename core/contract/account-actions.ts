import * as v from 'valibot';
import { PUBLIC, type Role } from '../domain/roles';
import { defineAction } from './define-action';

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

export const accountActions = {
  'account.whoami': defineAction<WhoAmI>()({ input: v.strictObject({}), audience: PUBLIC }),
};
