import type { HandlerContext } from '@core/kernel/deps';
import { notFound } from '@core/kernel/errors';
import type { Project } from '../project';
import { projectRepo } from '../project-repo';
import { isScreeningOwner, screeningIdOfLead, screeningIdOfProject } from './screening';

/** What a screening is about: a lead not yet converted, or a project (a converted lead's screening is its project's). */
export interface ScreeningSubject {
  kind: 'lead' | 'project';
  id: string;
  name: string;
  screeningId: string;
  project: Project | null;
  leadCreatedBy: string | null;
}

/** The lead or project named, or NOT_FOUND. A converted lead is screened as its project (which carries the lead's screening). */
export const resolveSubject = async (
  ctx: HandlerContext,
  subject: { kind: 'lead' | 'project'; id: string },
): Promise<ScreeningSubject> => {
  const repo = projectRepo(ctx.deps.store);
  if (subject.kind === 'lead') {
    const lead = await repo.getLead(subject.id);
    if (!lead) throw notFound('线索不存在');
    if (!lead.projectId)
      return {
        kind: 'lead',
        id: lead.id,
        name: lead.company,
        screeningId: screeningIdOfLead(lead.id),
        project: null,
        leadCreatedBy: lead.createdByUserId,
      };
    return resolveSubject(ctx, { kind: 'project', id: lead.projectId });
  }
  const project = await repo.get(subject.id);
  if (!project) throw notFound('项目不存在');
  const lead = project.leadId ? await repo.getLead(project.leadId) : null;
  return {
    kind: 'project',
    id: project.id,
    name: project.name,
    screeningId: screeningIdOfProject(project),
    project,
    leadCreatedBy: lead?.createdByUserId ?? null,
  };
};

export const callerMayScreen = (userId: string | null, subject: ScreeningSubject): boolean =>
  userId !== null &&
  !isScreeningOwner(userId, {
    leadCreatedBy: subject.leadCreatedBy,
    projectLeader: subject.project?.leaderUserId ?? null,
  });
