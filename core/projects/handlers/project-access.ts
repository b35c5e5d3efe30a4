import type { Caller } from '@core/kernel/caller';
import type { HandlerContext } from '@core/kernel/deps';
import { conflict, notFound } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import { claimUploads, verifyOwnUploads, type UploadClaim } from '@core/tickets';
import type { Project } from '../project';
import { PROJECT_MANAGERS } from '../project-actions';
import { projectRepo, projectTx, type Actor, type ProjectEventDraft } from '../project-repo';
import { loadProjectNodes } from '../nodes/load-nodes';
import { toProjectView, type ProjectView, type ProjectViewer } from '../project-view';
import type { DocPatch } from '@core/kernel/store/doc-store';

const HIDDEN = '项目不存在或无权查看';

export const isManager = (caller: Caller): boolean => caller.roles.some((r) => PROJECT_MANAGERS.includes(r));

/** Staff manage every project; the enterprise contact reads its own; anyone else gets NOT_FOUND, not a hint. */
export const requireProject = async (
  ctx: HandlerContext,
  projectId: string,
): Promise<{ project: Project; viewer: ProjectViewer }> => {
  const project = await projectRepo(ctx.deps.store).get(projectId);
  if (!project) throw notFound(HIDDEN);
  if (isManager(ctx.caller)) return { project, viewer: 'staff' };
  const userId = ctx.caller.user?.id;
  if (userId && project.ownerUserId === userId) return { project, viewer: 'contact' };
  throw notFound(HIDDEN);
};

export const actorOf = (caller: Caller): Actor => ({
  userId: caller.user?.id ?? null,
  name: caller.user?.name ?? '系统',
});

/** The project as the viewer may see it: its leader, team (names, phones masked for the enterprise) and latest timeline. */
export const loadProjectView = async (
  ctx: HandlerContext,
  project: Project,
  viewer: ProjectViewer,
): Promise<ProjectView> => {
  const { store } = ctx.deps;
  const staff = staffRepo(store);
  const team = project.teamId ? await staff.teamById(project.teamId) : null;
  const ids = [...new Set([...(project.leaderUserId ? [project.leaderUserId] : []), ...(team?.memberIds ?? [])])];
  const users = new Map((await staff.usersByIds(ids)).map((u) => [u.id, u]));
  const leader = project.leaderUserId ? (users.get(project.leaderUserId) ?? null) : null;
  const people = {
    leader,
    team: team
      ? {
          id: team.id,
          name: team.name,
          members: team.memberIds.flatMap((id) => (users.has(id) ? [users.get(id)!] : [])),
        }
      : null,
  };
  const [events, nodes] = await Promise.all([
    projectRepo(store).events(project.id),
    loadProjectNodes(store, project, viewer, ctx.deps.clock.now()),
  ]);
  return toProjectView(project, viewer, people, events, nodes);
};

/**
 * The one way a project changes: re-read it inside a transaction, let `plan` check and decide,
 * compare-and-set on the version just read, and append the timeline naming who acted. The files
 * the change refers to (`uploads`) must be the caller's own uploads (INVALID_INPUT on their field,
 * checked before anything is written) and are claimed in the same transaction, so the 24 h purge
 * of unclaimed uploads leaves them (as tickets do).
 */
export const changeProject = async (
  ctx: HandlerContext,
  projectId: string,
  plan: (project: Project, now: number) => { patch: DocPatch<Project>; events: ProjectEventDraft[] },
  uploads: readonly UploadClaim[] = [],
): Promise<ProjectView> => {
  const { store, clock, ids } = ctx.deps;
  await requireManagerProject(ctx, projectId);
  await verifyOwnUploads(store, ctx.caller.user?.id ?? '', uploads);
  const now = clock.now();
  const updated = await store.transaction(async (tx) => {
    const t = projectTx(tx, ids);
    const current = await t.get(projectId);
    if (!current) throw notFound(HIDDEN);
    const decided = plan(current, now);
    const next = await t.update(current, { ...decided.patch, updatedAt: now });
    await t.appendEvents(next, actorOf(ctx.caller), now, decided.events);
    await claimUploads(
      tx,
      uploads.map((u) => u.fileId),
    );
    return next;
  });
  return loadProjectView(ctx, updated, 'staff');
};

const requireManagerProject = async (ctx: HandlerContext, projectId: string): Promise<Project> => {
  const { project, viewer } = await requireProject(ctx, projectId);
  if (viewer !== 'staff') throw notFound(HIDDEN);
  return project;
};

export const assertOpen = (project: Project): void => {
  if (project.status === 'terminated') throw conflict('项目已终止，不能再变更');
};
