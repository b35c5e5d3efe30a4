import { localDateOf } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { invalidInput, notFound } from '@core/kernel/errors';
import { settingsReader } from '@core/settings';
import { planMilestonesBackwards, PlanTemplateError, type BackwardPlan } from '../plan-backwards';
import type { ProjectHandler } from '../project-actions';
import { withOverrides } from '../plan-overrides';
import { projectRepo } from '../project-repo';
import { DEFAULT_INDUSTRIAL_TEMPLATE } from '../project-template';
import { screeningConditionsOf } from '../screening/screening-repo';
import { withScreeningConditions } from '../screening/screening-plan';
import { requireProject } from './project-access';

/** 倒排工期 for one project from its target 投产 date, on the zone's calendar (official days and office overrides). */
export const plan: ProjectHandler<'projects.plan'> = async ({ projectId, target, templateId, overrides }, ctx) => {
  const { store, clock } = ctx.deps;
  const { project } = await requireProject(ctx, projectId);
  // A zone seeded before C6 gets the template at its next seed; until then the built-in default serves.
  const template =
    (await projectRepo(store).template(templateId)) ??
    (templateId === DEFAULT_INDUSTRIAL_TEMPLATE.id ? DEFAULT_INDUSTRIAL_TEMPLATE : null);
  if (!template) throw notFound('工期模板不存在');
  const calendar = createWorkingCalendar((await settingsReader(store).calendarOverrides()).value);
  // 有条件通过: each screening condition is a node of the plan.
  const nodes = withScreeningConditions(
    { nodes: withOverrides(template.nodes, overrides) },
    await screeningConditionsOf(store, project),
  ).nodes;
  let result: BackwardPlan;
  try {
    result = planMilestonesBackwards(target, { nodes }, calendar, localDateOf(clock.now()));
  } catch (e) {
    if (e instanceof PlanTemplateError) throw invalidInput('overrides', e.message);
    throw e;
  }
  return { ...result, projectId, templateId: template.id, templateName: template.name };
};

export const templates: ProjectHandler<'projects.templates'> = async (_input, { deps }) => {
  const stored = await projectRepo(deps.store).templates();
  return stored.length ? stored : [DEFAULT_INDUSTRIAL_TEMPLATE];
};
