import type { AssessmentEntry, AssessmentKind } from '../domain/supervision';
import type { Ticket } from '../domain/ticket';

/**
 * The ledger lines one occurrence writes (内部考核): one for the person who had the ticket and one
 * for the team working it, so both per-person and per-team figures are a query on subjectId.
 */
export const ledgerEntries = (t: Ticket, kind: AssessmentKind, note: string): Omit<AssessmentEntry, 'id' | 'at'>[] => {
  const base = { version: 1, kind, ticketId: t.id, note };
  const teamId = t.teamIds[0] ?? null;
  return [
    ...(t.assigneeUserId
      ? [{ ...base, subject: 'person' as const, subjectId: t.assigneeUserId, subjectName: t.assignee?.name ?? '' }]
      : []),
    ...(teamId ? [{ ...base, subject: 'team' as const, subjectId: teamId, subjectName: teamId }] : []),
  ];
};
