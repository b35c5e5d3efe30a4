import { utcMsAt } from '@core/kernel/calendar/local-date';
import type { FollowUp, RatingLevel } from '@core/tickets/rating';
import { NO_ESCALATION } from '@core/tickets/supervision';
import type { Ticket, TicketEvent, TicketEventKind, TicketStatus } from '@core/tickets/ticket';

/** A ticket of the dashboard scenario told as plain instants, so a test can count it without the code under test. */
export interface ScenarioTicket {
  id: string;
  /** 'project-node': a plan node's work item (项目节点), filed and confirmed by the system. */
  category: 'A' | 'B' | 'project-node';
  parkId: string;
  createdAt: number;
  /** Who held it from when: [at, userId, teamId]. */
  holders: [number, string, string][];
  acceptedAt: number | null;
  /** Waiting for the enterprise (materials) spans. */
  waits: [number, number][];
  resolvedAt: number | null;
  closedAt: number | null;
  cancelledAt: number | null;
  rating: RatingLevel | null;
  supervisedAt: number | null;
  escalatedAt: number | null;
}

const categoryNameOf = (s: ScenarioTicket) => (s.category === 'project-node' ? '项目节点' : `事项${s.category}`);

export const at = (date: string, hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return utcMsAt(date, h ?? 0, m ?? 0);
};

const T = (over: Partial<ScenarioTicket> & Pick<ScenarioTicket, 'id' | 'createdAt'>): ScenarioTicket => ({
  category: 'A',
  parkId: 'park-1',
  holders: [[over.createdAt, 'u-a', 'team-a']],
  acceptedAt: null,
  waits: [],
  resolvedAt: null,
  closedAt: null,
  cancelledAt: null,
  rating: null,
  supervisedAt: null,
  escalatedAt: null,
  ...over,
});

/** The week of Monday 2026-11-30 (no holidays), looked at on Friday 2026-12-04 17:00 +08:00. */
export const SCENARIO_NOW = at('2026-12-04', '17:00');
export const SCENARIO_PERIOD = { fromDate: '2026-11-30', toDate: '2026-12-07' };

export const SCENARIO: ScenarioTicket[] = [
  T({
    id: 't1',
    createdAt: at('2026-11-30', '09:00'),
    acceptedAt: at('2026-11-30', '10:00'),
    resolvedAt: at('2026-12-01', '09:00'),
    closedAt: at('2026-12-02', '10:00'),
    rating: 5,
  }),
  T({
    id: 't2',
    createdAt: at('2026-11-30', '14:00'),
    // Transferred to B's team before its response deadline passed: the breach is theirs.
    holders: [
      [at('2026-11-30', '14:00'), 'u-a', 'team-a'],
      [at('2026-11-30', '16:00'), 'u-b', 'team-b'],
    ],
    acceptedAt: at('2026-12-01', '11:00'),
    resolvedAt: at('2026-12-03', '10:00'),
    closedAt: at('2026-12-04', '09:00'),
    rating: 2,
  }),
  T({
    id: 't3',
    category: 'B',
    createdAt: at('2026-12-01', '09:00'),
    supervisedAt: at('2026-12-01', '15:00'),
    escalatedAt: at('2026-12-02', '15:00'),
  }),
  T({
    id: 't4',
    category: 'B',
    parkId: 'park-2',
    createdAt: at('2026-12-02', '09:00'),
    holders: [[at('2026-12-02', '09:00'), 'u-b', 'team-b']],
    acceptedAt: at('2026-12-02', '09:30'),
    waits: [[at('2026-12-02', '10:00'), at('2026-12-03', '09:00')]],
    resolvedAt: at('2026-12-03', '10:00'),
  }),
  T({ id: 't5', createdAt: at('2026-11-30', '09:30'), cancelledAt: at('2026-11-30', '09:40') }),
  T({ id: 't6', createdAt: at('2026-11-26', '09:00'), acceptedAt: at('2026-11-26', '09:30') }),
  T({
    id: 't7',
    createdAt: at('2026-11-25', '09:00'),
    acceptedAt: at('2026-11-25', '09:10'),
    resolvedAt: at('2026-11-27', '09:00'),
    closedAt: at('2026-12-01', '10:00'),
  }),
];

export const RESPONSE_HOURS = 4;
export const RESOLUTION_DAYS = 5;

const statusOf = (s: ScenarioTicket): TicketStatus =>
  s.cancelledAt !== null
    ? 'cancelled'
    : s.closedAt !== null
      ? 'closed'
      : s.resolvedAt !== null
        ? 'resolved'
        : s.acceptedAt !== null
          ? 'in_progress'
          : 'assigned';

/** The ticket document and timeline the product would have written for a scenario line. */
export const scenarioTicket = (s: ScenarioTicket): { ticket: Ticket; events: TicketEvent[] } => {
  const lastHolder = s.holders[s.holders.length - 1] ?? [s.createdAt, 'u-a', 'team-a'];
  const holderAt = (t: number) => [...s.holders].reverse().find(([from]) => from <= t) ?? lastHolder;
  const pauses = [
    ...s.waits.map(([start, end]) => ({ start, end })),
    ...(s.resolvedAt !== null ? [{ start: s.resolvedAt, end: s.closedAt }] : []),
  ];
  const lines: [number, TicketEventKind][] = [
    [s.createdAt, 'submitted'],
    [s.createdAt, 'routed'],
    ...s.holders.slice(1).map(([t]): [number, TicketEventKind] => [t, 'transferred']),
    ...(s.acceptedAt !== null ? [[s.acceptedAt, 'accepted'] as [number, TicketEventKind]] : []),
    ...s.waits.flatMap(([a, b]): [number, TicketEventKind][] => [
      [a, 'materials_requested'],
      [b, 'supplemented'],
    ]),
    ...(s.resolvedAt !== null ? [[s.resolvedAt, 'resolved'] as [number, TicketEventKind]] : []),
    ...(s.closedAt !== null ? [[s.closedAt, 'closed'] as [number, TicketEventKind]] : []),
    ...(s.cancelledAt !== null ? [[s.cancelledAt, 'cancelled'] as [number, TicketEventKind]] : []),
  ];
  const events = lines
    .sort((a, b) => a[0] - b[0])
    .map(([t, kind], i): TicketEvent => {
      const [, userId, teamId] = holderAt(t);
      return {
        ...{ id: `${s.id}-e${i}`, version: 1, ticketId: s.id, at: t, seq: i, kind, actorUserId: null },
        ...{
          actorName: '',
          text: kind,
          isInternal: false,
          attachments: [],
          holderUserId: userId,
          holderTeamId: teamId,
        },
      };
    });
  const status = statusOf(s);
  const [, userId, teamId] = lastHolder;
  const ticket: Ticket = {
    ...{
      id: s.id,
      version: events.length,
      ownerUserId: 'u-ent',
      categoryId: s.category,
      categoryName: categoryNameOf(s),
    },
    ...{
      projectId: null,
      projectName: null,
      parkId: s.parkId,
      enterpriseName: '测试企业',
      creditCode: '',
      creditCodeStatus: 'valid',
    },
    ...{ contactName: '联系人', contactPhone: '13800138000', description: '', preferredOnSite: null, attachments: [] },
    status,
    assignee: { userId, name: `专员${userId}`, title: '专员' },
    assigneeUserId: userId,
    openWithUserId: null,
    openTeamId: null,
    openLeaderUserId: null,
    doneByUserId: null,
    teamIds: [teamId],
    leader: { userId: 'u-leader', name: '赵主任', title: '主任' },
    leaderUserId: 'u-leader',
    requestedMaterials: [],
    resolutionSummary: null,
    targets: { responseWorkingHours: RESPONSE_HOURS, resolutionWorkingDays: RESOLUTION_DAYS },
    rulesVersion: 1,
    createdAt: s.createdAt,
    updatedAt: Math.max(...events.map((e) => e.at)),
    acceptedAt: s.acceptedAt,
    resolvedAt: s.resolvedAt,
    respondedAt: s.acceptedAt,
    slaPauses: pauses,
    slaCheckAt: null,
    escalation: {
      ...NO_ESCALATION,
      response: { warnedAt: null, supervisedAt: s.supervisedAt, escalatedAt: s.escalatedAt },
    },
    rating: s.rating === null || s.closedAt === null ? null : { level: s.rating, comment: '', at: s.closedAt },
    confirmCheckAt: null,
    confirmNoticedAt: null,
  };
  return { ticket, events };
};

/** The 整改 a bad rating opens, due 5 working days later. */
export const scenarioFollowUps = (dueAt: (ratedAt: number) => number): FollowUp[] =>
  SCENARIO.filter((s) => s.rating !== null && s.rating <= 2 && s.closedAt !== null).map((s) => ({
    id: `fu-${s.id}`,
    version: 1,
    ticketId: s.id,
    leaderUserId: 'u-leader',
    status: 'open',
    categoryName: categoryNameOf(s),
    enterpriseName: '测试企业',
    assigneeName: null,
    rating: { level: s.rating as RatingLevel, comment: '', at: s.closedAt as number },
    dueAt: dueAt(s.closedAt as number),
    contact: null,
    summary: null,
    createdAt: s.closedAt as number,
    closedAt: null,
  }));
