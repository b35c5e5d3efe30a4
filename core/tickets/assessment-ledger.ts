import type { AssessmentEntry, AssessmentKind } from './supervision';

import type { Ticket } from './ticket';
import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import { teamInTx } from '@core/identity';
import { writeAssessmentEntry } from './repo/ticket-writes';

/**
 * The ledger lines one occurrence writes (内部考核): one for the person who had the ticket and one
 * for the team working it, so both per-person and per-team figures are a query on subjectId.
 */
export const ledgerEntries = (
  t: Ticket,
  kind: AssessmentKind,
  note: string,
  teamName: string | null,
): Omit<AssessmentEntry, 'id' | 'at'>[] => {
  const base = { version: 1, kind, ticketId: t.id, note };
  const teamId = t.teamIds[0] ?? null;
  return [
    ...(t.assigneeUserId
      ? [{ ...base, subject: 'person' as const, subjectId: t.assigneeUserId, subjectName: t.assignee?.name ?? '' }]
      : []),
    ...(teamId ? [{ ...base, subject: 'team' as const, subjectId: teamId, subjectName: teamName ?? teamId }] : []),
  ];
};

/** Writes the lines inside the caller's transaction, with the team's name as it is today. */
export const writeLedger = async (
  tx: TxStore,
  ids: IdSource,
  t: Ticket,
  kind: AssessmentKind,
  note: string,
  at: number,
): Promise<void> => {
  const teamId = t.teamIds[0];
  const team = teamId ? await teamInTx(tx, teamId) : null;
  for (const entry of ledgerEntries(t, kind, note, team?.name ?? null)) {
    await writeAssessmentEntry(tx, { ...entry, id: ids.newId(), at });
  }
};
