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
}

export const accountActions = {
  'account.whoami': defineAction<WhoAmI>()({ input: v.strictObject({}), audience: PUBLIC }),
};
