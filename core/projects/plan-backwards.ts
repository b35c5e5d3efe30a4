import type { LocalDate } from '@core/kernel/calendar/local-date';
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

type PlanCalendar = Pick<WorkingCalendar, 'isWorkingDay'>;

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

const DAY_MS = 86_400_000;
const dayNumber = (date: LocalDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOfDay = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Days as numbers, each asked of the calendar once per calendar (it is immutable): a 60-node plan stays in microseconds. */
const workingDays = new WeakMap<PlanCalendar, Map<number, boolean>>();
const dayCounter = (calendar: PlanCalendar) => {
  let known = workingDays.get(calendar);
  if (!known) workingDays.set(calendar, (known = new Map()));
  const cache = known;
  const isWorking = (day: number): boolean => {
    let answer = cache.get(day);
    if (answer === undefined) cache.set(day, (answer = calendar.isWorkingDay(dateOfDay(day))));
    return answer;
  };
  return {
    isWorking,
    /** The n-th working day before `day` (n ≥ 1); `day` itself never counts. */
    back: (day: number, n: number): number => {
      let current = day;
      for (let left = n; left > 0;) {
        current -= 1;
        if (isWorking(current)) left -= 1;
      }
      return current;
    },
    /** Working days from `from` up to, not including, `before`. */
    between: (from: number, before: number): number => {
      let count = 0;
      for (let day = from; day < before; day += 1) if (isWorking(day)) count += 1;
      return count;
    },
  };
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
  const days = dayCounter(calendar);
  const targetDay = dayNumber(target);
  const todayDay = dayNumber(today);
  const byKey = new Map(template.nodes.map((n) => [n.key, n]));
  /** The day a node's predecessors must finish before: its latest start, or what a covered node passes on. */
  const startBound = new Map<string, number>();
  const planned = new Map<string, PlannedNode>();
  for (const key of order) {
    const node = byKey.get(key)!;
    let bound = targetDay;
    for (const s of successors.get(key)!) bound = Math.min(bound, startBound.get(s)!);
    const covered = node.coveredByZoneAssessment === true;
    let latestStart: LocalDate | null = null;
    let latestFinish: LocalDate | null = null;
    let lateByWd = 0;
    if (covered) startBound.set(key, bound);
    else {
      const finish = days.back(bound, 1);
      const start = node.durationWd === 1 ? finish : days.back(finish, node.durationWd - 1);
      startBound.set(key, start);
      latestStart = dateOfDay(start);
      latestFinish = dateOfDay(finish);
      if (start < todayDay) lateByWd = days.between(start, todayDay);
    }
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
