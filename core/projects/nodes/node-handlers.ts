import { localDateOf, type LocalDate } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { noteAudit } from '@core/kernel/deps';
import { conflict, invalidInput, notFound } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import { loadWorkingTime, settingsReader } from '@core/settings';
import {
  confirmNodeByEnterprise,
  fileNodeTicket,
  nodeProgressOf,
  nodeTicketId,
  retargetNodeTicket,
  type TicketPerson,
} from '@core/tickets';
import { actorOf, assertOpen, loadProjectView, requireProject } from '../handlers/project-access';
import {
  planMilestonesBackwards,
  PlanTemplateError,
  type BackwardPlan,
  type PlanNodeTemplate,
} from '../plan-backwards';
import { withOverrides } from '../plan-overrides';
import type { Project } from '../project';
import type { ProjectHandler } from '../project-actions';
import { projectRepo, projectTx } from '../project-repo';
import { DEFAULT_INDUSTRIAL_TEMPLATE } from '../project-template';
import { screeningConditionsOf } from '../screening/screening-repo';
import { withScreeningConditions } from '../screening/screening-plan';
import { planRepo, planTx } from '../repo/plan-repo';
import { noteNodeProgress } from './node-progress';
import { waitsOnOf } from './node-view';
import { CONSTRUCTION_NODE_KEY, planSummary, type PlanNodeRecord, type ProjectPlan } from './project-plan';

const HIDDEN = '项目不存在或无权查看';

const requireStaffProject = async (ctx: Parameters<ProjectHandler<'projects.commitPlan'>>[1], projectId: string) => {
  const { project, viewer } = await requireProject(ctx, projectId);
  if (viewer !== 'staff') throw notFound(HIDDEN);
  assertOpen(project);
  return project;
};

/** Never moves a date to fit: a node that should already have started (and has not) makes the plan infeasible. */
const assertFeasible = (plan: BackwardPlan, started: ReadonlySet<string>) => {
  const late = plan.nodes.filter((n) => n.lateByWd > 0 && !started.has(n.key));
  if (late.length === 0) return;
  const worst = Math.max(...late.map((n) => n.lateByWd));
  throw conflict(
    `目标日期来不及：「${late.map((n) => n.name).join('、')}」已过最晚开始日期，最多晚 ${worst} 个工作日，请调整目标日期`,
  );
};

const leaderOf = async (ctx: { deps: { store: Parameters<typeof staffRepo>[0] } }, project: Project) => {
  if (!project.leaderUserId) return null;
  const [leader] = await staffRepo(ctx.deps.store).staffByIds([project.leaderUserId]);
  return leader ? ({ userId: leader.userId, name: leader.name, title: leader.title } satisfies TicketPerson) : null;
};

const toWorkItem = (n: PlanNodeRecord) => ({
  key: n.key,
  name: n.name,
  teamId: n.teamId,
  latestStart: n.latestStart!,
  latestFinish: n.latestFinish!,
});

/** A plan the editor's predecessors make impossible (a cycle, an unknown node) is bad input on `overrides`. */
const planOrRefuse = (plan: () => BackwardPlan): BackwardPlan => {
  try {
    return plan();
  } catch (e) {
    if (e instanceof PlanTemplateError) throw invalidInput('overrides', e.message);
    throw e;
  }
};

const calendarOf = async (store: Parameters<typeof settingsReader>[0]) =>
  createWorkingCalendar((await settingsReader(store).calendarOverrides()).value);

/**
 * The first plan: 倒排工期 from the target on the zone's calendar, frozen as the baseline; each node
 * not covered by the zone-wide assessment becomes a 项目节点 work item owned by its team, due at
 * its latest finish, with 督办 to the project's leader. A second commit is refused (replan instead).
 */
export const commitPlan: ProjectHandler<'projects.commitPlan'> = async (
  { projectId, target, templateId, overrides },
  ctx,
) => {
  const { store, clock, ids } = ctx.deps;
  const project = await requireStaffProject(ctx, projectId);
  const template =
    (await projectRepo(store).template(templateId)) ??
    (templateId === DEFAULT_INDUSTRIAL_TEMPLATE.id ? DEFAULT_INDUSTRIAL_TEMPLATE : null);
  if (!template) throw invalidInput('templateId', '工期模板不存在');
  const now = clock.now();
  const [calendar, time, leader, conditions] = await Promise.all([
    calendarOf(store),
    loadWorkingTime(store),
    leaderOf(ctx, project),
    screeningConditionsOf(store, project),
  ]);
  // 有条件通过: each screening condition is a node of the committed plan too (owned work, like the rest).
  const planned = planOrRefuse(() =>
    planMilestonesBackwards(
      target,
      withScreeningConditions({ nodes: withOverrides(template.nodes, overrides) }, conditions),
      calendar,
      localDateOf(now),
    ),
  );
  assertFeasible(planned, new Set());
  const nodes: PlanNodeRecord[] = planned.nodes.map((n) => ({
    key: n.key,
    name: n.name,
    owner: n.owner,
    teamId: n.owner.kind === 'team' ? n.owner.id : project.teamId,
    durationWd: n.durationWd,
    predecessors: n.predecessors,
    covered: n.covered,
    waitsOnEnterprise: n.owner.kind === 'role' && n.owner.id === 'enterprise',
    baselineStart: n.latestStart,
    baselineFinish: n.latestFinish,
    latestStart: n.latestStart,
    latestFinish: n.latestFinish,
    workItemId: n.covered ? null : nodeTicketId(project.id, n.key),
    startedAt: null,
    doneAt: null,
    waitingEnterprise: false,
  }));
  const plan: ProjectPlan = {
    id: project.id,
    version: 1,
    projectId: project.id,
    templateId: template.id,
    templateName: template.name,
    target,
    baselineTarget: target,
    nodes,
    replans: 0,
    plannedStartOn: nodes.find((n) => n.key === CONSTRUCTION_NODE_KEY)?.baselineStart ?? null,
    ...planSummary(nodes),
    createdAt: now,
    updatedAt: now,
  };
  await store.transaction(async (tx) => {
    const plans = planTx(tx);
    if (await plans.get(project.id)) throw conflict('该项目已有基线计划，调整请使用“重新排期”');
    await plans.insert(plan);
    for (const n of nodes) if (!n.covered) await fileNodeTicket(tx, ids, project, toWorkItem(n), leader, time, now);
    const current = await projectTx(tx, ids).get(project.id);
    if (!current) throw notFound(HIDDEN);
    const touched = await projectTx(tx, ids).update(current, { updatedAt: now });
    await projectTx(tx, ids).appendEvents(touched, actorOf(ctx.caller), now, [
      {
        kind: 'planned',
        text: `倒排工期（${template.name}）：目标投产 ${target}，${nodes.filter((n) => !n.covered).length} 个节点已分派到责任团队，作为基线`,
      },
    ]);
  });
  return loadProjectView(ctx, (await projectRepo(store).get(project.id)) ?? project, 'staff');
};

/** The plan's own nodes as a template, so a replan keeps the baseline's nodes, owners and durations. */
const templateOf = (plan: ProjectPlan): { nodes: PlanNodeTemplate[] } => ({
  nodes: plan.nodes.map((n) => ({
    key: n.key,
    name: n.name,
    durationWd: n.durationWd,
    predecessors: n.predecessors,
    owner: n.owner,
    coveredByZoneAssessment: n.covered,
  })),
});

const datesText = (target: LocalDate, moved: number) => `目标投产 ${target}，${moved} 个节点日期调整`;

/**
 * 重新排期: the same nodes planned back from a new target. The baseline stays frozen (the page shows
 * each node's drift against it); open work items move to their new latest finish; audited, with
 * the reason on the timeline. A node already started or done is never infeasible.
 */
export const replan: ProjectHandler<'projects.replan'> = async ({ projectId, target, reason, overrides }, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const project = await requireStaffProject(ctx, projectId);
  const existing = await planRepo(store).get(project.id);
  if (!existing) throw conflict('该项目尚无计划，请先倒排工期');
  const now = clock.now();
  const [calendar, time] = await Promise.all([calendarOf(store), loadWorkingTime(store)]);
  const nodesNow = templateOf(existing).nodes;
  const edited = withOverrides(nodesNow, overrides);
  if (edited.some((n, i) => n.coveredByZoneAssessment !== nodesNow[i]!.coveredByZoneAssessment))
    throw invalidInput('overrides', '重新排期不能改变区域评估已覆盖，请保持基线的设置');
  const planned = planOrRefuse(() => planMilestonesBackwards(target, { nodes: edited }, calendar, localDateOf(now)));
  assertFeasible(
    planned,
    new Set(existing.nodes.filter((n) => n.startedAt !== null || n.doneAt !== null).map((n) => n.key)),
  );
  const dates = new Map(planned.nodes.map((n) => [n.key, n]));
  await store.transaction(async (tx) => {
    const plans = planTx(tx);
    const current = await plans.get(project.id);
    if (!current || current.version !== existing.version) throw conflict('计划已被他人修改，请刷新后重试');
    const nodes = current.nodes.map((n) => {
      const d = dates.get(n.key)!;
      return {
        ...n,
        durationWd: d.durationWd,
        predecessors: d.predecessors,
        latestStart: d.latestStart,
        latestFinish: d.latestFinish,
      };
    });
    const moved = nodes.filter((n, i) => n.latestFinish !== current.nodes[i]!.latestFinish);
    await plans.update(current, { nodes, target, replans: current.replans + 1, ...planSummary(nodes), updatedAt: now });
    for (const n of moved)
      if (n.workItemId && n.latestFinish) await retargetNodeTicket(tx, ids, n.workItemId, toWorkItem(n), time, now);
    const p = await projectTx(tx, ids).get(project.id);
    if (!p) throw notFound(HIDDEN);
    const touched = await projectTx(tx, ids).update(p, { updatedAt: now });
    await projectTx(tx, ids).appendEvents(touched, actorOf(ctx.caller), now, [
      {
        kind: 'replanned',
        text: `重新排期（第${current.replans + 1}次）：${datesText(target, moved.length)}。原因：${reason}`,
      },
    ]);
    noteAudit(ctx, {
      target: `project_plans/${project.id}`,
      before: { target: current.target, version: current.version },
      after: { target, reason, moved: moved.map((n) => n.key) },
    });
  });
  return loadProjectView(ctx, (await projectRepo(store).get(project.id)) ?? project, 'staff');
};

/**
 * The enterprise contact confirms a node that waits on it: the materials it was asked for are in
 * (its work item resumes), or its own node is done (closed). Only the project's contact; anyone
 * else gets NOT_FOUND.
 */
export const confirmNode: ProjectHandler<'projects.confirmNode'> = async ({ projectId, nodeKey }, ctx) => {
  const { store, clock, ids } = ctx.deps;
  const { project, viewer } = await requireProject(ctx, projectId);
  const user = ctx.caller.user;
  if (viewer !== 'contact' || !user) throw notFound(HIDDEN);
  assertOpen(project);
  const plan = await planRepo(store).get(project.id);
  const node = plan?.nodes.find((n) => n.key === nodeKey);
  if (!plan || !node) throw invalidInput('nodeKey', '该节点不存在');
  if (node.doneAt !== null || node.covered) throw conflict('该节点已完成');
  if (waitsOnOf(node) !== 'enterprise' || !node.workItemId) throw conflict('该节点不需要企业确认');
  const now = clock.now();
  const time = await loadWorkingTime(store);
  const workItemId = node.workItemId;
  await store.transaction(async (tx) => {
    const actor = { userId: user.id, name: user.name };
    const updated = await confirmNodeByEnterprise(tx, ids, workItemId, actor, time, now);
    if (!updated) throw conflict('该节点已完成');
    await noteNodeProgress(tx, project.id, node.key, nodeProgressOf(updated), now);
    const p = await projectTx(tx, ids).get(project.id);
    if (!p) throw notFound(HIDDEN);
    const touched = await projectTx(tx, ids).update(p, { updatedAt: now });
    await projectTx(tx, ids).appendEvents(touched, actor, now, [
      {
        kind: 'node_confirmed',
        text: updated.status === 'closed' ? `企业确认「${node.name}」已完成` : `企业确认「${node.name}」所需材料已提交`,
      },
    ]);
  });
  return loadProjectView(ctx, (await projectRepo(store).get(project.id)) ?? project, 'contact');
};
