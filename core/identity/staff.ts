/**
 * Who serves whom (C4, "五个一": one project, one leader, one team). Teams are routing targets in
 * the order project → park reception → category desk → duty desk; within a team a named person is
 * picked by core/routing.
 */
export const TEAM_KINDS = ['park_reception', 'project', 'category_desk', 'duty_desk'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  park_reception: '园区接待组',
  project: '项目专班',
  category_desk: '业务窗口',
  duty_desk: '值班台',
};

export interface Team {
  id: string;
  version: number;
  name: string;
  kind: TeamKind;
  /** Set for park reception teams (and project teams, whose project sits in a park). */
  parkId: string | null;
  /** The team's "一位领导": told of everything the team receives, takes over when nobody else can. */
  leaderUserId: string;
  memberIds: string[];
}

/** A staff member's working profile. The document id is the user's id. */
export interface StaffMember {
  id: string;
  version: number;
  userId: string;
  name: string;
  /** 招商服务专员, 园区主任 … shown to investors next to the name. */
  title: string;
  /** Service categories this person handles; ticket routing (C3) prefers a match. */
  skills: string[];
  /** False once someone has left the zone's service; kept for the history they own. */
  isActive: boolean;
  isOnLeave: boolean;
  /** AB岗: who covers while this person is on leave. */
  backupUserId: string | null;
  /** UTC ms of the last assignment; the longest idle gets the next one on a tie. */
  lastAssignedAt: number | null;
  /** Pre-registered by the office (C10): pending until the person binds their WeChat with an invite. */
  status?: StaffStatus;
  /** The mobile the office registered; the person confirms it when binding. Never shown unmasked. */
  mobile?: string;
  /** Roles the person gets on binding. */
  grantRoles?: ('staff' | 'leader')[];
  leaveFrom?: string | null;
  leaveTo?: string | null;
  handoverNote?: string | null;
}

export const STAFF_STATUSES = ['pending', 'active', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = { pending: '待绑定', active: '在岗', left: '已离职' };
