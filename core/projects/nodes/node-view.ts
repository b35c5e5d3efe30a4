import type { LocalDate } from '@core/kernel/calendar/local-date';
import type { WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import type { NodeOwner } from '../plan-backwards';
import {
  colourOfOpenNodes,
  driftInWorkingDays,
  PROJECT_COLOUR_LABELS,
  readNode,
  worstColour,
  type NodeStatus,
  type ProjectColour,
} from './node-status';
import type { NodeWaitsOn, PlanNodeRecord, ProjectPlan } from './project-plan';
import type { StallRule } from '@core/settings';
import { projectStall, type StallInput } from './stall-rule';

type DayCalendar = Pick<WorkingCalendar, 'isWorkingDay'>;

/** A person named on a node: whole phone for staff, masked (138****8000) for the enterprise. */
export interface NodePerson {
  userId: string;
  name: string;
  phone: string | null;
}

/** One node on the rainbow bar, as the project page shows it (staff and the enterprise alike). */
export interface NodeView {
  key: string;
  name: string;
  /** The team (or role) that owns it, and the names of the people in that team. */
  owner: NodeOwner & { teamId: string | null; teamName: string | null; people: NodePerson[] };
  latestStart: LocalDate | null;
  latestFinish: LocalDate | null;
  baselineStart: LocalDate | null;
  baselineFinish: LocalDate | null;
  /** Working days the latest finish moved against the baseline: + later, − earlier, 0 none; null when unplanned. */
  driftWd: number | null;
  status: NodeStatus;
  /** "剩余 5 个工作日" / "已超期 2 个工作日" / "已完成" … */
  statusText: string;
  /** enterprise: it waits on the enterprise (its own node, or materials asked for); the enterprise confirms it. */
  waitsOn: NodeWaitsOn;
  /** Its ticket (category 项目节点); null for a node covered by the zone-wide assessment. */
  workItemId: string | null;
  covered: boolean;
  startedAt: number | null;
  doneAt: number | null;
}

export interface ProjectColourReading {
  /** The worst of the open nodes and the stall rule; null with nothing open and no stall. */
  colour: ProjectColour | null;
  /** "红灯：有节点超期" / "黄灯：签约后超过计划开工1个月未开工（计划 …）"; null when colour is null. */
  colourText: string | null;
}

export interface ProjectNodesView {
  templateId: string;
  templateName: string;
  target: LocalDate;
  baselineTarget: LocalDate;
  replans: number;
  /** In the template's order. */
  nodes: NodeView[];
  /** Keys of the (up to) three open nodes due first. */
  nextDue: string[];
}

export interface NodeOwnerPeople {
  teamName: string | null;
  people: NodePerson[];
}

export const waitsOnOf = (n: Pick<PlanNodeRecord, 'waitsOnEnterprise' | 'waitingEnterprise'>): NodeWaitsOn =>
  n.waitsOnEnterprise || n.waitingEnterprise ? 'enterprise' : 'zone';

export const toNodeView = (
  n: PlanNodeRecord,
  people: NodeOwnerPeople | undefined,
  today: LocalDate,
  calendar: DayCalendar,
): NodeView => {
  const reading = readNode(n, today, calendar);
  return {
    key: n.key,
    name: n.name,
    owner: { ...n.owner, teamId: n.teamId, teamName: people?.teamName ?? null, people: people?.people ?? [] },
    latestStart: n.latestStart,
    latestFinish: n.latestFinish,
    baselineStart: n.baselineStart,
    baselineFinish: n.baselineFinish,
    driftWd: n.baselineFinish && n.latestFinish ? driftInWorkingDays(calendar, n.baselineFinish, n.latestFinish) : null,
    status: reading.status,
    statusText: reading.text,
    waitsOn: waitsOnOf(n),
    workItemId: n.workItemId,
    covered: n.covered,
    startedAt: n.startedAt,
    doneAt: n.doneAt,
  };
};

/** The plan's nodes as the page shows them; `peopleOf` gives a team's name and people by team id. */
export const toProjectNodesView = (
  plan: ProjectPlan,
  peopleOf: (teamId: string | null) => NodeOwnerPeople | undefined,
  today: LocalDate,
  calendar: DayCalendar,
): ProjectNodesView => {
  const nodes = plan.nodes.map((n) => toNodeView(n, peopleOf(n.teamId), today, calendar));
  const nextDue = nodes
    .filter((n) => n.status !== 'done' && n.latestFinish !== null)
    .sort((a, b) => a.latestFinish!.localeCompare(b.latestFinish!))
    .slice(0, 3)
    .map((n) => n.key);
  return {
    templateId: plan.templateId,
    templateName: plan.templateName,
    target: plan.target,
    baselineTarget: plan.baselineTarget,
    replans: plan.replans,
    nodes,
    nextDue,
  };
};

const NODE_COLOUR_TEXT: Record<ProjectColour, string> = {
  red: '有节点超期',
  yellow: '有节点预警',
  on_track: '各节点正常推进',
};

/**
 * A project's colour (ProjectCard and ProjectView): the worst of its open nodes (from the plan's
 * two summary dates) and of the stall rule (签约未开工).
 */
export const projectColourOf = (
  project: StallInput | Omit<StallInput, 'plannedStartOn'>,
  plan: Pick<ProjectPlan, 'openFinishOn' | 'unstartedStartOn' | 'plannedStartOn'> | null,
  today: LocalDate,
  calendar: DayCalendar,
  rule: StallRule,
): ProjectColourReading => {
  if (project.status === 'terminated' || project.status === 'production') return { colour: null, colourText: null };
  const nodes = plan ? colourOfOpenNodes(plan, today, calendar) : null;
  const stall = projectStall({ ...project, plannedStartOn: plan?.plannedStartOn ?? null }, today, rule);
  const colour = worstColour([nodes, stall.colour]);
  if (colour === null) return { colour: null, colourText: null };
  const text = stall.colour === colour && stall.text ? stall.text : NODE_COLOUR_TEXT[colour];
  return { colour, colourText: `${PROJECT_COLOUR_LABELS[colour]}：${text}` };
};
