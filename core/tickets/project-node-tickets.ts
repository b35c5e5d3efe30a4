import { addDays, utcMsAt, type LocalDate } from '@core/kernel/calendar/local-date';
import { workingMinutesPerDay, type WorkingTime } from '@core/kernel/calendar/working-time';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import { noteNodeProgress, type NodeProgress } from '@core/projects';
import { nextSlaCheckAt } from './deadlines/sla-check-at';
import { nodeTicketTx } from './repo/node-ticket-repo';
import { untouchedTicketFields } from './new-ticket';
import type { Ticket, TicketPerson } from './ticket';
import { appendTicketEvents, SYSTEM_ACTOR } from './ticket-events';
import { ticketIndexFields } from './ticket-index-fields';

/** The category of a plan node's work item: filed by the system for the project, worked by its team. */
export const PROJECT_NODE_CATEGORY = { id: 'project-node', name: '项目节点' } as const;

/** The filer of every node work item: no person, so the enterprise's own ticket list stays its own. */
export const PROJECT_NODE_OWNER = 'system:project-nodes';

/** One id per project and node: filing again finds it instead of adding a second. */
export const nodeTicketId = (projectId: string, nodeKey: string): string => `pn-${projectId}-${nodeKey}`;

export interface NodeWorkItemProject {
  id: string;
  name: string;
  enterpriseName: string | null;
  creditCode: string | null;
  parkId: string | null;
}

export interface NodeWorkItem {
  key: string;
  name: string;
  teamId: string | null;
  latestStart: LocalDate;
  latestFinish: LocalDate;
}

/**
 * The deadline targets that put a node's 办结 clock due at the end of its latest finish day (both
 * clocks alike: the node is yellow on the page before it starts, never a separate 首次响应 督办).
 * In working days, fractional when filed mid-day, from `now` on the working time of the zone.
 */
export const nodeTargets = (time: WorkingTime, now: number, latestFinish: LocalDate): Ticket['targets'] => {
  const minutes = time.workingMinutesBetween(now, utcMsAt(addDays(latestFinish, 1), 0));
  const days = Math.max(minutes, 1) / workingMinutesPerDay();
  return { responseWorkingHours: (days * workingMinutesPerDay()) / 60, resolutionWorkingDays: days };
};

const description = (project: NodeWorkItemProject, node: NodeWorkItem) =>
  `${project.name}：${node.name}（最晚开始 ${node.latestStart}，最晚完成 ${node.latestFinish}）`;

export const newNodeTicket = (
  project: NodeWorkItemProject,
  node: NodeWorkItem,
  leader: TicketPerson | null,
  time: WorkingTime,
  now: number,
): Ticket => {
  const ticket: Ticket = {
    id: nodeTicketId(project.id, node.key),
    version: 1,
    ownerUserId: PROJECT_NODE_OWNER,
    categoryId: PROJECT_NODE_CATEGORY.id,
    categoryName: PROJECT_NODE_CATEGORY.name,
    projectId: project.id,
    projectName: project.name,
    nodeKey: node.key,
    parkId: project.parkId,
    enterpriseName: project.enterpriseName ?? project.name,
    creditCode: project.creditCode ?? '',
    creditCodeStatus: project.creditCode && checkCreditCode(project.creditCode) === 'valid' ? 'valid' : 'manual_review',
    contactName: '系统',
    contactPhone: '',
    description: description(project, node),
    preferredOnSite: null,
    attachments: [],
    status: 'submitted',
    assignee: null,
    assigneeUserId: null,
    ...ticketIndexFields('submitted', null, leader?.userId ?? null, node.teamId),
    teamIds: node.teamId ? [node.teamId] : [],
    // 督办 goes to the project's own leader (一位领导), not the team's.
    leader,
    leaderUserId: leader?.userId ?? null,
    requestedMaterials: [],
    resolutionSummary: null,
    targets: nodeTargets(time, now, node.latestFinish),
    createdAt: now,
    updatedAt: now,
    ...untouchedTicketFields(),
  };
  return { ...ticket, slaCheckAt: nextSlaCheckAt(ticket, time) };
};

/**
 * Files the node's work item, or finds the one filed before (its id is derived from the project
 * and node): re-planning never duplicates. Returns its id.
 */
export const fileNodeTicket = async (
  tx: TxStore,
  ids: IdSource,
  project: NodeWorkItemProject,
  node: NodeWorkItem,
  leader: TicketPerson | null,
  time: WorkingTime,
  now: number,
): Promise<string> => {
  const repo = nodeTicketTx(tx);
  const id = nodeTicketId(project.id, node.key);
  if (await repo.get(id)) return id;
  const ticket = await repo.insert(newNodeTicket(project, node, leader, time, now));
  await appendTicketEvents(tx, ids, ticket, SYSTEM_ACTOR, now, [
    { kind: 'submitted', text: `倒排工期生成项目节点：${node.name}，最晚完成 ${node.latestFinish}` },
  ]);
  return id;
};

/**
 * A replan moved the node's dates: its open work item is due at the new latest finish. The targets
 * are rebased on its filing instant, so the clock keeps the time already used; a done item is left.
 */
export const retargetNodeTicket = async (
  tx: TxStore,
  ids: IdSource,
  ticketId: string,
  node: NodeWorkItem,
  time: WorkingTime,
  now: number,
): Promise<void> => {
  const repo = nodeTicketTx(tx);
  const current = await repo.get(ticketId);
  if (!current || ['resolved', 'closed', 'cancelled'].includes(current.status)) return;
  const targets = nodeTargets(time, current.createdAt, node.latestFinish);
  const next = { ...current, targets };
  const updated = await repo.update(current, {
    targets,
    description: description({ ...current, id: current.projectId ?? '', name: current.projectName ?? '' }, node),
    slaCheckAt: nextSlaCheckAt(next, time),
    updatedAt: now,
  });
  await appendTicketEvents(tx, ids, updated, SYSTEM_ACTOR, now, [
    { kind: 'note', text: `项目重新排期：${node.name}最晚完成调整为 ${node.latestFinish}`, isInternal: true },
  ]);
};

/**
 * The enterprise confirmed a node that waits on it: materials delivered (waiting → in progress), or
 * its own node done (→ closed). Returns the status it left the item in, or null when nothing changed.
 */
export const confirmNodeByEnterprise = async (
  tx: TxStore,
  ids: IdSource,
  ticketId: string,
  actor: { userId: string; name: string },
  time: WorkingTime,
  now: number,
): Promise<Ticket | null> => {
  const repo = nodeTicketTx(tx);
  const current = await repo.get(ticketId);
  if (!current || ['resolved', 'closed', 'cancelled'].includes(current.status)) return null;
  const supplied = current.status === 'waiting_enterprise';
  const status = supplied ? 'in_progress' : 'closed';
  const slaPauses = supplied
    ? current.slaPauses.map((p) => (p.end === null ? { ...p, end: now } : p))
    : current.slaPauses;
  const patch = {
    status,
    slaPauses,
    ...(supplied ? {} : { resolvedAt: now, resolutionSummary: '企业已确认完成' }),
    ...ticketIndexFields(status, current.assigneeUserId, current.leaderUserId, current.teamIds[0] ?? null),
    updatedAt: now,
  } as const;
  const next = { ...current, ...patch };
  const updated = await repo.update(current, { ...patch, slaCheckAt: nextSlaCheckAt(next, time) });
  await appendTicketEvents(tx, ids, updated, actor, now, [
    { kind: supplied ? 'supplemented' : 'closed', text: supplied ? '企业确认材料已提交' : '企业确认该节点已完成' },
  ]);
  return updated;
};

const NOT_STARTED: readonly Ticket['status'][] = ['submitted', 'assigned', 'cancelled'];

/** A node work item's progress for its project's plan (see noteNodeProgress in @core/projects). */
export const nodeProgressOf = (t: Ticket): NodeProgress => ({
  startedAt: NOT_STARTED.includes(t.status) ? null : (t.acceptedAt ?? t.respondedAt ?? t.updatedAt),
  doneAt: t.status === 'resolved' || t.status === 'closed' ? (t.resolvedAt ?? t.updatedAt) : null,
  waitingEnterprise: t.status === 'waiting_enterprise',
});

/** After a node work item changed: its project's plan follows, in the same transaction. */
export const followNodeTicket = async (tx: TxStore, before: Ticket, after: Ticket, now: number): Promise<void> => {
  if (!after.nodeKey || !after.projectId || before.status === after.status) return;
  await noteNodeProgress(tx, after.projectId, after.nodeKey, nodeProgressOf(after), now);
};
