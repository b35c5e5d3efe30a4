import type { IdSource } from '@core/kernel/deps';
import type { TxStore } from '@core/kernel/store/doc-store';
import type { EvaluationFollowUp } from '../rating';

/** One team's (or person's) 现场评议 line for the ledger: its round, its score, what the ledger says. */
export interface RoundLedgerLine {
  subject: 'person' | 'team';
  subjectId: string;
  subjectName: string;
  roundId: string;
  score: number;
  /** The parks the target belongs to (its team's, a project's): the ledger's park scope keeps the line there. */
  parkIds: string[];
  note: string;
}

/** Writes a published round's lines into the assessment ledger (kind evaluation), inside the publishing transaction. */
export const writeRoundLedger = async (
  tx: TxStore,
  ids: IdSource,
  at: number,
  lines: readonly RoundLedgerLine[],
): Promise<void> => {
  for (const l of lines) {
    await tx.insert('assessment_ledger', { id: ids.newId(), version: 1, kind: 'evaluation', ticketId: null, at, ...l });
  }
};

export type RoundFollowUpDraft = Omit<
  EvaluationFollowUp,
  'id' | 'version' | 'source' | 'status' | 'contact' | 'summary' | 'closedAt'
>;

/** Opens the 整改 of a round's bottom team: the same follow-up the leader answers for a bad rating. */
export const openRoundFollowUp = async (tx: TxStore, ids: IdSource, draft: RoundFollowUpDraft): Promise<string> => {
  const id = ids.newId();
  await tx.insert('follow_ups', {
    ...draft,
    id,
    version: 1,
    source: 'evaluation',
    status: 'open',
    contact: null,
    summary: null,
    closedAt: null,
  });
  return id;
};
