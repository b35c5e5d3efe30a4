import { addDays, type LocalDate } from '@core/kernel/calendar/local-date';
import type { WorkingCalendar } from '@core/kernel/calendar/working-calendar';

/** Who owns a node: a team (专班, a desk) or a role (the enterprise, the zone's 行政审批 desk…). */
export interface NodeOwner {
  kind: 'team' | 'role';
  id: string;
  label: string;
}

/** One node of a plan template (倒排工期). Durations are working days on the zone's calendar. */
export interface PlanNodeTemplate {
  key: string;
  name: string;
  durationWd: number;
  /** Finish-to-start: this node starts only after each of these has finished. */
  predecessors: readonly string[];
  owner: NodeOwner;
  /** 区域评估已覆盖: the zone-wide assessment (乐陵's 区域评估) already covers it; it takes no time. */
  coveredByZoneAssessment?: boolean;
}

export interface PlannedNode {
  key: string;
  name: string;
  owner: NodeOwner;
  durationWd: number;
  predecessors: readonly string[];
  covered: boolean;
  /** Latest start and finish (inclusive, local dates); null for a covered node, which takes no time. */
  latestStart: LocalDate | null;
  latestFinish: LocalDate | null;
  /** Working days from the latest start up to (not including) today; 0 when it can still start in time. */
  lateByWd: number;
}

export interface BackwardPlan {
  target: LocalDate;
  today: LocalDate;
  /** `infeasible` when today is already past some node's latest start. Dates are never moved to fit. */
  status: 'feasible' | 'infeasible';
  /** The largest lateness over the nodes, in working days (0 when feasible). */
  shortfallWd: number;
  /** In the template's order. */
  nodes: PlannedNode[];
}

/** A template that cannot be planned: a duplicate key, an unknown predecessor, a cycle or a bad duration. */
export class PlanTemplateError extends Error {}

type PlanCalendar = Pick<WorkingCalendar, 'isWorkingDay' | 'addWorkingDays'>;

/** Nodes with every successor before them: the order latest dates are worked out in. */
const successorsFirst = (
  nodes: readonly PlanNodeTemplate[],
): { order: string[]; successors: Map<string, string[]> } => {
  const successors = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  for (const node of nodes) {
    if (!Number.isInteger(node.durationWd) || node.durationWd < 1)
      throw new PlanTemplateError(`节点「${node.name}」的工期应为不少于1的整数个工作日`);
    for (const pred of node.predecessors) {
      const list = successors.get(pred);
      if (!list) throw new PlanTemplateError(`节点「${node.name}」的前置节点 ${pred} 不存在`);
      list.push(node.key);
    }
  }
  if (successors.size !== nodes.length) throw new PlanTemplateError('模板中有重复的节点编号');
  const waiting = new Map(nodes.map((n) => [n.key, successors.get(n.key)!.length]));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const ready = nodes.filter((n) => waiting.get(n.key) === 0).map((n) => n.key);
  const order: string[] = [];
  while (ready.length) {
    const key = ready.pop()!;
    order.push(key);
    for (const pred of byKey.get(key)!.predecessors) {
      const left = waiting.get(pred)! - 1;
      waiting.set(pred, left);
      if (left === 0) ready.push(pred);
    }
  }
  if (order.length !== nodes.length) throw new PlanTemplateError('模板中的前置关系有循环');
  return { order, successors };
};

const workingDaysFromTo = (calendar: PlanCalendar, from: LocalDate, before: LocalDate): number => {
  let count = 0;
  for (let day = from; day < before; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
};

/**
 * 倒排工期: each node's latest finish is the working day before the earliest latest start among its
 * successors (the target date for a node with none), its latest start `durationWd` working days
 * back, counting 调休 make-up days. Pure; a node today is already past is reported, never moved.
 */
export const planMilestonesBackwards = (
  target: LocalDate,
  template: { nodes: readonly PlanNodeTemplate[] },
  calendar: PlanCalendar,
  today: LocalDate,
): BackwardPlan => {
  const { order, successors } = successorsFirst(template.nodes);
  const byKey = new Map(template.nodes.map((n) => [n.key, n]));
  /** The day a node's predecessors must finish before: its latest start, or what a covered node passes on. */
  const startBound = new Map<string, LocalDate>();
  const planned = new Map<string, PlannedNode>();
  for (const key of order) {
    const node = byKey.get(key)!;
    const bound = successors
      .get(key)!
      .map((s) => startBound.get(s)!)
      .reduce((earliest, day) => (day < earliest ? day : earliest), target);
    const covered = node.coveredByZoneAssessment === true;
    let latestStart: LocalDate | null = null;
    let latestFinish: LocalDate | null = null;
    if (covered) startBound.set(key, bound);
    else {
      latestFinish = calendar.addWorkingDays(bound, -1);
      latestStart =
        node.durationWd === 1 ? latestFinish : calendar.addWorkingDays(latestFinish, -(node.durationWd - 1));
      startBound.set(key, latestStart);
    }
    const lateByWd = latestStart !== null && latestStart < today ? workingDaysFromTo(calendar, latestStart, today) : 0;
    planned.set(key, {
      key,
      name: node.name,
      owner: node.owner,
      durationWd: node.durationWd,
      predecessors: node.predecessors,
      covered,
      latestStart,
      latestFinish,
      lateByWd,
    });
  }
  const nodes = template.nodes.map((n) => planned.get(n.key)!);
  const shortfallWd = Math.max(0, ...nodes.map((n) => n.lateByWd));
  return { target, today, status: shortfallWd > 0 ? 'infeasible' : 'feasible', shortfallWd, nodes };
};
