import type { TicketHandler } from '../ticket-actions';
import type { InputOf } from '@core/kernel/define-action';
import type { ticketActions } from '../ticket-actions';
import type { Project } from '@core/projects';
import type { ServiceCategory } from '../service-category';
import type { Ticket } from '../ticket';
import { AppError, invalidInput } from '@core/kernel/errors';
import { sendInboxMessages } from '@core/messages';
import { serviceCatalogRepo } from '../service-catalog-repo';
import { rulesOfTicket } from '../service-rules';
import { ticketRepo } from '../ticket-repo';
import type { DocStore } from '@core/kernel/store/doc-store';
import { localDate } from '@core/kernel/calendar/local-time';
import { loadRoutingDirectory } from '../load-routing-directory';
import { routeTicket, type TicketRouting } from '../route-ticket';
import { appendTicketEvents, SYSTEM_ACTOR, type TicketEventDraft } from '../ticket-events';
import { createdMessages } from '../ticket-messages';
import { markAssigned } from '@core/identity';
import { staffMember, toTicketPerson } from '../ticket-people';
import { nextSlaCheckAt } from '../deadlines/sla-check-at';
import { loadWorkingTime } from '@core/settings';
import { ticketSla } from '../deadlines/ticket-sla';
import { toTicketView } from '../ticket-view';
import { newTicket } from '../new-ticket';
import { clientAccountId, ensureClientAccount } from '@core/identity';
import { markAttached, verifyAttachments } from '../verify-attachments';
import { fileTicket } from '../repo/ticket-writes';

type CreateInput = InputOf<(typeof ticketActions)['tickets.create']>;

const categoryOrFail = async (store: DocStore, id: string): Promise<ServiceCategory> => {
  const category = await serviceCatalogRepo(store).get(id);
  if (!category) throw invalidInput('categoryId', '所选服务事项不存在');
  if (!category.isActive) throw invalidInput('categoryId', '所选服务事项已停用');
  return category;
};

const projectOrFail = async (store: DocStore, id: string | null, ownerUserId: string): Promise<Project | null> => {
  if (id === null) return null;
  const project = await ticketRepo(store).getProject(id);
  if (!project || project.ownerUserId !== ownerUserId)
    throw invalidInput('projectId', '所选项目不存在或不属于您的企业');
  return project;
};

/** Only 零距离上门 asks when; a date already past in Beijing is refused. */
const onSiteTime = (input: CreateInput, category: ServiceCategory, now: number): Ticket['preferredOnSite'] => {
  if (!category.isOnSite) return null;
  if (!input.preferredOnSite) throw invalidInput('preferredOnSite', '请选择希望上门的时间');
  if (input.preferredOnSite.date < localDate(now)) throw invalidInput('preferredOnSite.date', '上门日期不能早于今天');
  return input.preferredOnSite;
};

const creationEvents = (ticket: Ticket, routing: TicketRouting): TicketEventDraft[] => [
  { kind: 'submitted', text: `提交“${ticket.categoryName}”申请`, attachments: ticket.attachments },
  ...(ticket.creditCodeStatus === 'manual_review'
    ? [
        {
          kind: 'note' as const,
          text: '统一社会信用代码校验位不符，企业申请人工核验，请核对营业执照',
          isInternal: true,
        },
      ]
    : []),
  {
    kind: 'routed',
    text: ticket.assignee ? `已分派专人办理：${ticket.assignee.name}（${ticket.assignee.title}）` : '正在分派专人办理',
    actor: SYSTEM_ACTOR,
  },
  { kind: 'routed', text: routing.reason, isInternal: true, actor: SYSTEM_ACTOR },
];

export const create: TicketHandler<'tickets.create'> = async (input, { caller, deps }) => {
  const { store, ids, clock } = deps;
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录');
  // A first-time filer has no account yet: ensureClientAccount makes it with this id, inside the transaction.
  const ownerUserId = caller.user?.id ?? clientAccountId(caller.openid);
  const now = clock.now();
  const category = await categoryOrFail(store, input.categoryId);
  const project = await projectOrFail(store, input.projectId, ownerUserId);
  const preferredOnSite = onSiteTime(input, category, now);
  const attachments = await verifyAttachments(store, ownerUserId, input.attachments);

  // The version in force at the filing instant: its targets go on the ticket, its routing picks the owner.
  const rules = rulesOfTicket(category, { createdAt: now });
  const request = { category, rules: rules.routing, project, parkId: project?.parkId ?? null };
  const routing = routeTicket(request, await loadRoutingDirectory(store, request));
  const leader = routing.leaderUserId ? await staffMember(store, routing.leaderUserId) : null;
  const ticket = newTicket(input, {
    id: ids.newId(),
    ownerUserId,
    category,
    rules,
    project,
    preferredOnSite,
    attachments,
    routing,
    leader: leader ? toTicketPerson(leader) : null,
    now,
  });
  const time = await loadWorkingTime(store);
  ticket.slaCheckAt = nextSlaCheckAt(ticket, time);
  await store.transaction(async (tx) => {
    const owner = await ensureClientAccount(
      tx,
      caller,
      { role: 'enterprise', name: input.contactName, organisation: input.enterpriseName, phone: input.contactPhone },
      now,
    );
    if (owner.id !== ownerUserId) throw new AppError('CONFLICT', '账号状态已变化，请重试');
    await fileTicket(tx, ticket);
    await markAttached(tx, ticket.attachments);
    await appendTicketEvents(
      tx,
      ids,
      ticket,
      { userId: owner.id, name: input.contactName },
      now,
      creationEvents(ticket, routing),
    );
    if (ticket.assigneeUserId) await markAssigned(tx, ticket.assigneeUserId, now);
    await sendInboxMessages(tx, ids, now, createdMessages(ticket));
  });
  const sla = ticketSla(ticket, time, now);
  return toTicketView(ticket, new Set(['owner']), await ticketRepo(store).events(ticket.id), sla);
};
