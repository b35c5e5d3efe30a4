import type { InputOf } from '@core/kernel/define-action';
import type { HandlerDeps } from '@core/kernel/deps';
import { invalidInput } from '@core/kernel/errors';
import { addDays, localDateOf } from '@core/kernel/calendar/local-date';
import { loadWorkingTime } from '@core/settings';
import { staffRepo } from '@core/identity';
import { projectRepo } from '@core/projects';
import type { Dimension, EvaluationRound, RoundTarget } from './evaluation';
import type { evaluationActions } from './evaluation-actions';

export type RoundForm = Omit<InputOf<(typeof evaluationActions)['evaluation.open']>, never>;

/** The quarter (at +08:00) a date falls in, as inclusive local dates. */
export const quarterOf = (date: string): { from: string; to: string } => {
  const year = Number(date.slice(0, 4));
  const firstMonth = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = firstMonth === 10 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
};

const parksOf = (...ids: (string | null)[]): string[] => [...new Set(ids.filter((id): id is string => id !== null))];

/** Each target as the round keeps it: its name and the team (and leader) that answers for it, as they are today. */
const resolveTargets = async (deps: HandlerDeps, targets: RoundForm['targets']): Promise<RoundTarget[]> => {
  const staff = staffRepo(deps.store);
  const projects = projectRepo(deps.store);
  const out: RoundTarget[] = [];
  for (const [i, t] of targets.entries()) {
    const key = `${t.kind}:${t.id}`;
    if (t.kind === 'team') {
      const team = await staff.teamById(t.id);
      if (!team) throw invalidInput(`targets.${i}.id`, '所选团队不存在');
      out.push({
        key,
        kind: 'team',
        id: team.id,
        name: team.name,
        teamId: team.id,
        teamName: team.name,
        leaderUserId: team.leaderUserId,
        parkIds: parksOf(team.parkId),
      });
      continue;
    }
    const project = await projects.get(t.id);
    if (!project || project.status === 'terminated') throw invalidInput(`targets.${i}.id`, '所选项目不存在或已终止');
    const team = project.teamId ? await staff.teamById(project.teamId) : null;
    out.push({
      ...{ key, kind: 'project', id: project.id, name: project.name },
      ...{ teamId: team?.id ?? null, teamName: team?.name ?? null },
      leaderUserId: team?.leaderUserId ?? project.leaderUserId,
      parkIds: parksOf(team?.parkId ?? null, project.parkId),
    });
  }
  return out;
};

/** The round's fields from the office's form: period (default: the quarter it opens in), targets, form, window. */
export const roundFromForm = async (
  deps: HandlerDeps,
  form: RoundForm,
): Promise<
  Pick<
    EvaluationRound,
    | 'title'
    | 'periodFrom'
    | 'periodTo'
    | 'targets'
    | 'panels'
    | 'dimensions'
    | 'opensAt'
    | 'closesAt'
    | 'windowWorkingDays'
  >
> => {
  const now = deps.clock.now();
  const opensAt = form.opensAt ?? now;
  // A minute's grace for the time the form took to arrive.
  if (opensAt < now - 60_000) throw invalidInput('opensAt', '开始时间不能早于现在');
  if ((form.periodFrom === undefined) !== (form.periodTo === undefined))
    throw invalidInput(form.periodFrom === undefined ? 'periodFrom' : 'periodTo', '请同时选择评议期间的起止日期');
  const quarter = quarterOf(localDateOf(opensAt));
  const periodFrom = form.periodFrom ?? quarter.from;
  const periodTo = form.periodTo ?? quarter.to;
  if (periodTo < periodFrom) throw invalidInput('periodTo', '结束日期不能早于开始日期');
  const time = await loadWorkingTime(deps.store);
  const dimensions: Dimension[] = form.dimensions.map((d, i) => ({ key: `d${i + 1}`, name: d.name, weight: d.weight }));
  return {
    ...{ title: form.title, periodFrom, periodTo, panels: form.panels, dimensions, opensAt },
    targets: await resolveTargets(deps, form.targets),
    closesAt: time.addWorkingDaysOfTime(opensAt, form.windowWorkingDays),
    windowWorkingDays: form.windowWorkingDays,
  };
};
