import type { LocalDate } from '@core/kernel/calendar/local-date';
import type { NodeOwner } from '../plan-backwards';

/** Who the node waits on: the zone's people, or the enterprise (materials, its own 试生产). */
export type NodeWaitsOn = 'zone' | 'enterprise';

/**
 * One node of a committed plan: its owner, its frozen baseline dates, its current (re-planned)
 * dates and its progress, mirrored from its work item (a 项目节点 ticket) on every change.
 */
export interface PlanNodeRecord {
  key: string;
  name: string;
  owner: NodeOwner;
  /** The team that owns the work: the owner's team, or the project's 一套班子 for a role. */
  teamId: string | null;
  durationWd: number;
  predecessors: readonly string[];
  /** 区域评估已覆盖: takes no time and is done from the start. */
  covered: boolean;
  /** The owner is the enterprise: it confirms the node itself. */
  waitsOnEnterprise: boolean;
  /** The first plan's dates, frozen. */
  baselineStart: LocalDate | null;
  baselineFinish: LocalDate | null;
  latestStart: LocalDate | null;
  latestFinish: LocalDate | null;
  /** The node's ticket (category 项目节点); null for a covered node. */
  workItemId: string | null;
  /** First accepted (started), done (resolved or confirmed by the enterprise). UTC ms. */
  startedAt: number | null;
  doneAt: number | null;
  /** The work item waits for the enterprise's materials. */
  waitingEnterprise: boolean;
}

/** A project's plan (`project_plans`, id = the project's id): the baseline is the first plan, frozen. */
export interface ProjectPlan {
  id: string;
  version: number;
  projectId: string;
  templateId: string;
  templateName: string;
  target: LocalDate;
  baselineTarget: LocalDate;
  nodes: PlanNodeRecord[];
  /** How many times it was re-planned after the baseline. */
  replans: number;
  /** The baseline's planned 开工 (the 开工 node's latest start): what the stall rule measures from. */
  plannedStartOn: LocalDate | null;
  /** Derived from the open nodes on every write, so a list colours a project without reading its nodes. */
  openFinishOn: LocalDate | null;
  unstartedStartOn: LocalDate | null;
  createdAt: number;
  updatedAt: number;
}

/** The node that marks 开工 in a template: the stall rule's planned start. */
export const CONSTRUCTION_NODE_KEY = 'construction';

const earliest = (dates: (LocalDate | null)[]): LocalDate | null =>
  dates.reduce<LocalDate | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

const isOpen = (n: PlanNodeRecord): boolean => !n.covered && n.doneAt === null;

/** The two dates a project's colour depends on, over its open nodes. */
export const planSummary = (
  nodes: readonly PlanNodeRecord[],
): Pick<ProjectPlan, 'openFinishOn' | 'unstartedStartOn'> => {
  const open = nodes.filter(isOpen);
  return {
    openFinishOn: earliest(open.map((n) => n.latestFinish)),
    unstartedStartOn: earliest(open.filter((n) => n.startedAt === null).map((n) => n.latestStart)),
  };
};
