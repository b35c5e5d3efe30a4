import type { TeamKind } from '@core/identity';

/**
 * The service catalog (C3): what an enterprise may ask the zone to do, with the one-time full list
 * of materials (一次性告知), the desk that owns it, and its versioned time targets and routing rules.
 * The office manages it (管理后台 → 服务事项).
 */

export interface ServiceTargets {
  /** First response, in working hours. */
  responseWorkingHours: number;
  /** Resolution, in working days. */
  resolutionWorkingDays: number;
  /**
   * True while these are the app's defaults and not the zone's own published figures: the UI says
   * "默认值，待开发区确定". SLA clocks (C5) read the same fields.
   */
  isDefaultPendingZone: boolean;
}

/** One line of the 一次性告知 list. */
export interface ServiceMaterial {
  name: string;
  isRequired: boolean;
  /** e.g. "原件核验后退回", "以主管部门最新要求为准"; empty when there is nothing to add. */
  note: string;
}

/** Which teams try a ticket of the category, in order (C4), and the desk that takes what none of them can. */
export interface RoutingRules {
  /** The kinds of team tried, in this order, each at most once. */
  steps: TeamKind[];
  /** The duty desk step's team; null: the zone's first duty desk. */
  fallbackTeamId: string | null;
}

/**
 * One version of a category's SLA and routing rules. It applies to tickets filed from 00:00 (+08:00)
 * of `effectiveFrom`; added only for a future date and never changed once effective. A ticket keeps
 * the version it was filed under (`Ticket.rulesVersion`).
 */
export interface ServiceRuleVersion {
  number: number;
  effectiveFrom: string;
  /** effectiveFrom 00:00 at +08:00, UTC ms. */
  effectiveAt: number;
  targets: ServiceTargets;
  routing: RoutingRules;
  createdAt: number;
  /** Null for the versions the seed and the migration wrote. */
  createdByUserId: string | null;
}

export interface ServiceCategory {
  id: string;
  version: number;
  name: string;
  order: number;
  summary: string;
  /** Everything the enterprise will be asked for, told once, up front. */
  materials: ServiceMaterial[];
  /** The category desk (业务窗口) that takes it when no project or park team can (set on 团队). */
  deskTeamId: string;
  /** The skill routing prefers within a team; staff skills use the same words. */
  skill: string;
  /** 零距离上门: the form asks when the enterprise would like staff on site. */
  isOnSite: boolean;
  /** Inactive: not offered to enterprises; tickets already filed go on. */
  isActive: boolean;
  /** Every version, oldest first. */
  rules: ServiceRuleVersion[];
}

/** One line of the 一次性告知 list as the enterprise reads it. */
export const materialText = (m: ServiceMaterial): string =>
  `${m.name}${m.isRequired ? '' : '（按需提供）'}${m.note ? `：${m.note}` : ''}`;

const ASK_DEPARTMENT = '以主管部门最新要求为准';

/**
 * A material as the first catalog wrote it, one line of text: the catch-all "其他材料：以主管部门最新要求为准"
 * is a note, not a required document; every other line is required.
 */
export const materialFromLine = (line: string): ServiceMaterial =>
  line.startsWith('其他材料')
    ? { name: '其他材料', isRequired: false, note: line.split('：')[1] ?? ASK_DEPARTMENT }
    : { name: line, isRequired: true, note: '' };
