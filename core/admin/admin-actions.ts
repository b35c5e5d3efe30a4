import * as v from 'valibot';
import type { CalendarOverride } from '@core/kernel/calendar/working-calendar';
import type { AuditRecord } from '@core/audit';
import type { InviteStatus } from '@core/identity';
import type { Role } from '@core/kernel/roles';
import type { InviteCodeImage } from '@core/kernel/deps';
import type { StaffStatus, TeamKind } from '@core/identity';
import type { SubscribeTemplateKey } from '@core/settings';
import type { VisitSettings } from '@core/settings';
import type { SettingsProblem, StallRule } from '@core/settings';
import { leaveFields, preregisterFields, searchField, teamFields } from './admin-fields';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';
import { reasonField } from '@core/visits';
import { calendarOverridesField, stallRuleField, subscribeTemplateIdsField, visitSettingsFields } from '@core/settings';
import { categoryAdminActions } from './category-admin-actions';

export interface StaffAdminView {
  userId: string;
  name: string;
  title: string;
  /** Masked: 138****8000. */
  mobile: string | null;
  status: StaffStatus;
  roles: Role[];
  skills: string[];
  teamNames: string[];
  isOnLeave: boolean;
  leaveFrom: string | null;
  leaveTo: string | null;
  backupUserId: string | null;
  backupName: string | null;
  handoverNote: string | null;
}

export interface HandoverResult {
  toUserId: string;
  toName: string;
  movedTickets: number;
  movedVisits: number;
  /** False when the call stopped at its batch cap with work left: call again (a new requestId). */
  isDone: boolean;
}

export interface TeamAdminView {
  id: string;
  name: string;
  kind: TeamKind;
  parkId: string | null;
  leaderUserId: string;
  leaderName: string | null;
  memberIds: string[];
  memberNames: string[];
  categoryIds: string[];
}

export interface InviteView {
  inviteId: string;
  staffUserId: string;
  /** Shown in full only when issued; lists show the last characters. */
  code: string;
  status: InviteStatus;
  expiresAt: number;
  isExpired: boolean;
  /** The mini-program page (and QR code path) that opens the binding with the code filled in. */
  path: string;
}

export interface InviteQrView {
  inviteId: string;
  code: string;
  expiresAt: number;
  image: InviteCodeImage;
}

export interface AdminSettingsView {
  visits: Omit<VisitSettings, 'id'>;
  calendarOverrides: CalendarOverride[];
  templateIds: Partial<Record<SubscribeTemplateKey, string>>;
  /** settings/projects: the stall rule (签约未开工). */
  stallRule: StallRule;
  problems: SettingsProblem[];
}

export type AuditRecordView = Omit<AuditRecord, 'version'>;

const ADMIN: readonly Role[] = ['admin'];
/** Every signed-in identity may try a code; the handler refuses one already bound. */

export const adminActions = {
  /** The invitee binds their WeChat identity (from the platform) to the pre-registered record. */
  'admin.staff.list': defineAction<PageOf<StaffAdminView>>()({
    input: v.strictObject({ query: searchField, ...pagingFields }),
    audience: ADMIN,
  }),
  'admin.staff.preregister': defineAction<StaffAdminView>()({
    input: v.strictObject(preregisterFields),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.staff.setLeave': defineAction<StaffAdminView>()({
    input: v.pipe(
      v.strictObject(leaveFields),
      v.forward(
        v.check((i) => !i.isOnLeave || i.backupUserId !== null, '休假须指定AB岗'),
        ['backupUserId'],
      ),
      v.forward(
        v.check((i) => !i.leaveFrom || !i.leaveTo || i.leaveFrom <= i.leaveTo, '结束日期不能早于开始日期'),
        ['leaveTo'],
      ),
    ),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** Offboarding: refused while the person leads a project or team or still owns open work. */
  'admin.staff.offboard': defineAction<StaffAdminView>()({
    input: v.strictObject({ staffUserId: idField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /**
   * AB岗 handover: the person's open tickets and visits move to their backup, a timeline line on
   * each. At most HANDOVER_MAX_BATCHES batches per call; `isDone` false means call again.
   */
  'admin.staff.handover': defineAction<HandoverResult>()({
    input: v.strictObject({ staffUserId: idField, reason: reasonField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.invites.issue': defineAction<InviteView>()({
    input: v.strictObject({ staffUserId: idField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.invites.revoke': defineAction<InviteView>()({
    input: v.strictObject({ inviteId: idField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** An open code in full, as text and as an image to scan (a read of a credential: audited). */
  'admin.invites.qrcode': defineAction<InviteQrView>()({
    input: v.strictObject({ inviteId: idField }),
    audience: ADMIN,
    isAudited: true,
  }),
  'admin.invites.list': defineAction<PageOf<InviteView>>()({
    input: v.strictObject({ staffUserId: idField, ...pagingFields }),
    audience: ADMIN,
  }),
  'admin.teams.list': defineAction<PageOf<TeamAdminView>>()({
    input: v.strictObject({ query: searchField, ...pagingFields }),
    audience: ADMIN,
  }),
  'admin.teams.save': defineAction<TeamAdminView>()({
    input: v.strictObject(teamFields),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.settings.get': defineAction<AdminSettingsView>()({ input: v.strictObject({}), audience: ADMIN }),
  'admin.settings.saveVisits': defineAction<AdminSettingsView>()({
    input: v.strictObject(visitSettingsFields),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.settings.saveCalendar': defineAction<AdminSettingsView>()({
    input: v.strictObject({ overrides: calendarOverridesField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  'admin.settings.saveSubscribe': defineAction<AdminSettingsView>()({
    input: v.strictObject({ templateIds: subscribeTemplateIdsField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** The stall rule (签约未开工, settings/projects): yellow 1–6 months after the planned start, red 2–12 and later. */
  'admin.settings.saveProjects': defineAction<AdminSettingsView>()({
    input: v.strictObject({ stall: stallRuleField }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** The auditor reads every record; an admin only their own actions. Newest first. */
  'admin.audit.list': defineAction<PageOf<AuditRecordView>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: ['admin', 'auditor'],
  }),
  'admin.audit.verify': defineAction<{
    isIntact: boolean;
    checked: number;
    brokenAtSeq: number | null;
    reason: string | null;
  }>()({
    input: v.strictObject({}),
    audience: ['admin', 'auditor'],
  }),
  /** Removes only records older than 180 days; the purge itself is audited. */
  'admin.audit.purge': defineAction<{ removed: number; throughSeq: number | null }>()({
    input: v.strictObject({}),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** 服务事项: materials, targets and routing rules (versioned). */
  ...categoryAdminActions,
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type AdminHandler<A extends keyof typeof adminActions> = HandlerOf<(typeof adminActions)[A]>;
