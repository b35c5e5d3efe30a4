import type { LocalDate } from '@core/kernel/calendar/local-date';
import type { WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { addDays } from '@core/kernel/calendar/local-date';

/** A node on the rainbow bar: 已完成 / 正常 / 预警 (yellow) / 超期 (red). */
export const NODE_STATUSES = ['done', 'on_track', 'yellow', 'red'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
export const NODE_STATUS_LABELS: Record<NodeStatus, string> = {
  done: '已完成',
  on_track: '正常推进',
  yellow: '预警',
  red: '超期',
};

/** A project's colour: the worst of its open nodes and of the stall rule; null with no plan and no stall. */
export type ProjectColour = 'on_track' | 'yellow' | 'red';
export const PROJECT_COLOUR_LABELS: Record<ProjectColour, string> = { on_track: '正常', yellow: '黄灯', red: '红灯' };

/** Yellow with this many working days left or fewer (today counts when it is a working day). */
export const NODE_YELLOW_REMAINING_WD = 2;

type DayCalendar = Pick<WorkingCalendar, 'isWorkingDay'>;

/** Working days in [from, to], both inclusive; 0 when `to` is before `from`. */
export const workingDaysThrough = (calendar: DayCalendar, from: LocalDate, to: LocalDate): number => {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
};

/** Working days from `from` to `to`, signed: positive when `to` is later (the working days in (from, to]). */
export const driftInWorkingDays = (calendar: DayCalendar, from: LocalDate, to: LocalDate): number =>
  to === from
    ? 0
    : to > from
      ? workingDaysThrough(calendar, addDays(from, 1), to)
      : -workingDaysThrough(calendar, addDays(to, 1), from);

export interface NodeTiming {
  latestStart: LocalDate | null;
  latestFinish: LocalDate | null;
  covered: boolean;
  startedAt: number | null;
  doneAt: number | null;
}

export interface NodeReading {
  status: NodeStatus;
  /** "剩余 5 个工作日" / "已超期 2 个工作日" / "应于 10-09 前开始" … */
  text: string;
  /** Working days left through the latest finish (negative: overdue by); null when done. */
  remainingWd: number | null;
}

/**
 * A node's colour on `today` (a local date): done once finished (or covered by the zone-wide
 * assessment); red once today is past its latest finish; yellow when it has not started by its
 * latest start, or when ≤ 2 working days remain; else on track. Pure, on the working calendar.
 */
export const readNode = (node: NodeTiming, today: LocalDate, calendar: DayCalendar): NodeReading => {
  if (node.covered) return { status: 'done', text: '区域评估已覆盖', remainingWd: null };
  if (node.doneAt !== null) return { status: 'done', text: '已完成', remainingWd: null };
  if (node.latestFinish === null || node.latestStart === null)
    return { status: 'on_track', text: '未排期', remainingWd: null };
  if (today > node.latestFinish) {
    const late = workingDaysThrough(calendar, addDays(node.latestFinish, 1), today);
    return { status: 'red', text: late > 0 ? `已超期 ${late} 个工作日` : '已超期', remainingWd: -late };
  }
  const remaining = workingDaysThrough(calendar, today, node.latestFinish);
  if (node.startedAt === null && today > node.latestStart)
    return { status: 'yellow', text: `未按期开始，剩余 ${remaining} 个工作日`, remainingWd: remaining };
  if (remaining <= NODE_YELLOW_REMAINING_WD)
    return { status: 'yellow', text: `剩余 ${remaining} 个工作日`, remainingWd: remaining };
  return {
    status: 'on_track',
    text: node.startedAt === null ? `应于 ${node.latestStart} 前开始` : `剩余 ${remaining} 个工作日`,
    remainingWd: remaining,
  };
};

const SEVERITY: Record<ProjectColour, number> = { on_track: 0, yellow: 1, red: 2 };

/** The worst of some colours; null when there is none. */
export const worstColour = (colours: readonly (ProjectColour | null)[]): ProjectColour | null =>
  colours.reduce<ProjectColour | null>(
    (worst, c) => (c !== null && (worst === null || SEVERITY[c] > SEVERITY[worst]) ? c : worst),
    null,
  );

/**
 * The project's colour from its open nodes, read through the two dates that decide it (see
 * planSummary): any open node past its latest finish → red; any unstarted node past its latest start,
 * or ≤ 2 working days left on the earliest open node → yellow. Null when nothing is open.
 */
export const colourOfOpenNodes = (
  summary: { openFinishOn: LocalDate | null; unstartedStartOn: LocalDate | null },
  today: LocalDate,
  calendar: DayCalendar,
): ProjectColour | null => {
  if (summary.openFinishOn === null) return null;
  if (today > summary.openFinishOn) return 'red';
  if (summary.unstartedStartOn !== null && today > summary.unstartedStartOn) return 'yellow';
  return workingDaysThrough(calendar, today, summary.openFinishOn) <= NODE_YELLOW_REMAINING_WD ? 'yellow' : 'on_track';
};
