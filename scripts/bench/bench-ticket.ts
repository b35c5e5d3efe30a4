import { NO_ESCALATION } from '@core/tickets/supervision';
import type { Ticket, TicketStatus } from '@core/tickets/ticket';
import { ticketIndexFields } from '@core/tickets/ticket-index-fields';

/** What places a bench ticket: the fields its index fields are derived from. */
export interface BenchTicketPlace {
  id: string;
  status: TicketStatus;
  assigneeUserId: string | null;
  leaderUserId: string;
  teamId: string;
  createdAt: number;
}

/**
 * One stored ticket for the benches, written straight through the store: a 环评 request of bench
 * enterprise `i % 5000`, untouched since it was filed, with no clock due. `over` sets what a bench's
 * scenario is about (its timeline, holder, category).
 */
export const benchTicketDoc = (i: number, place: BenchTicketPlace, over: Partial<Ticket> = {}): Ticket => {
  const { id, status, assigneeUserId, leaderUserId, teamId, createdAt } = place;
  return {
    ...{ id, version: 1, ownerUserId: `u-bench-${i % 5000}` },
    ...{
      categoryId: 'environmental-impact',
      categoryName: '环评审批',
      projectId: null,
      projectName: null,
      parkId: null,
    },
    ...{ enterpriseName: '压测企业', creditCode: '91350100M000100Y43', creditCodeStatus: 'valid' },
    ...{ contactName: '测试', contactPhone: '13800000000', description: '压测数据', preferredOnSite: null },
    ...{ attachments: [], status, assignee: null, assigneeUserId, leader: null, leaderUserId, teamIds: [teamId] },
    ...ticketIndexFields(status, assigneeUserId, leaderUserId, teamId),
    ...{ requestedMaterials: [], resolutionSummary: null },
    targets: { responseWorkingHours: 4, resolutionWorkingDays: 15 },
    rulesVersion: 1,
    ...{ createdAt, updatedAt: createdAt, acceptedAt: null, resolvedAt: null, respondedAt: null, slaPauses: [] },
    ...{ slaCheckAt: null, escalation: NO_ESCALATION, rating: null, confirmCheckAt: null, confirmNoticedAt: null },
    ...over,
  };
};
