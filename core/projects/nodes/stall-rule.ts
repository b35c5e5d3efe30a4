import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { LocalDate } from '@core/kernel/calendar/local-date';
import { DEFAULT_STALL_RULE, type StallRule } from '@core/settings';
import type { ProjectStage, ProjectStatus } from '../project';
import type { ProjectColour } from './node-status';

dayjs.extend(utc);

const addMonths = (date: LocalDate, n: number): LocalDate => dayjs.utc(date).add(n, 'month').format('YYYY-MM-DD');

export interface StallInput {
  stage: ProjectStage;
  status: ProjectStatus;
  /** The planned 开工 (the baseline's 开工 node latest start); null with no plan. */
  plannedStartOn: LocalDate | null;
}

export interface StallReading {
  colour: ProjectColour | null;
  /** "签约后超过计划开工1个月未开工（计划 …）" when stalled, else null. */
  text: string | null;
}

/**
 * The stall rule (签约未开工), pure: 签约 but not yet 开工 `yellowAfterMonths` calendar months after
 * the planned start → yellow, `redAfterMonths` → red (from the same day of that month on; a
 * 31st falls back to the month's last day). Any other stage, a terminated project or one with no
 * planned start is not stalled. The rule is settings/projects (settingsReader.stallRule()).
 */
export const projectStall = (
  project: StallInput,
  today: LocalDate,
  rule: StallRule = DEFAULT_STALL_RULE,
): StallReading => {
  if (project.status !== 'signed' || project.plannedStartOn === null) return { colour: null, text: null };
  const start = project.plannedStartOn;
  if (today >= addMonths(start, rule.redAfterMonths))
    return { colour: 'red', text: `签约后超过计划开工${rule.redAfterMonths}个月未开工（计划 ${start}）` };
  if (today >= addMonths(start, rule.yellowAfterMonths))
    return { colour: 'yellow', text: `签约后超过计划开工${rule.yellowAfterMonths}个月未开工（计划 ${start}）` };
  return { colour: null, text: null };
};
