import type { User } from '@core/kernel/caller';
import type { BindAttempts, Invite } from './invite';
import type { StaffMember, Team } from './staff';
import type { BootstrapSettings } from './repo/bootstrap-repo';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    users: User;
    staff: StaffMember;
    teams: Team;
    invites: Invite;
    bind_attempts: BindAttempts;
  }
  interface SettingsDocs {
    bootstrap: BootstrapSettings;
  }
}
