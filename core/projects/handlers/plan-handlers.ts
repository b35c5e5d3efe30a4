import { localDateOf } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { notFound } from '@core/kernel/errors';
import { settingsReader } from '@core/settings';
import { planMilestonesBackwards } from '../plan-backwards';
import type { ProjectHandler } from '../project-actions';
import { projectRepo } from '../project-repo';
import { requireProject } from './project-access';

/** 倒排工期 for one project from its target 投产 date, on the zone's calendar (official days and office overrides). */
export const plan: ProjectHandler<'projects.plan'> = async ({ projectId, target, templateId }, ctx) => {
  const { store, clock } = ctx.deps;
  await requireProject(ctx, projectId);
  const template = await projectRepo(store).template(templateId);
  if (!template) throw notFound('工期模板不存在');
  const calendar = createWorkingCalendar((await settingsReader(store).calendarOverrides()).value);
  const result = planMilestonesBackwards(target, template, calendar, localDateOf(clock.now()));
  return { ...result, projectId, templateId: template.id, templateName: template.name };
};

export const templates: ProjectHandler<'projects.templates'> = async (_input, { deps }) =>
  projectRepo(deps.store).templates();
