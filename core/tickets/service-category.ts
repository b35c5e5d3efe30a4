/**
 * The service catalog (C3): what an enterprise may ask the zone to do, with the one-time full list
 * of materials (一次性告知), the desk that owns it, and its time targets. Editable by the office later.
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

export interface ServiceCategory {
  id: string;
  version: number;
  name: string;
  order: number;
  summary: string;
  /** Everything the enterprise will be asked for, told once, up front. */
  materials: string[];
  /** The category desk (业务窗口) that takes it when no project or park team can. */
  deskTeamId: string;
  /** The skill routing prefers within a team; staff skills use the same words. */
  skill: string;
  /** 零距离上门: the form asks when the enterprise would like staff on site. */
  isOnSite: boolean;
  targets: ServiceTargets;
}
