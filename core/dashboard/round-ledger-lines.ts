import type { AssessmentEntry } from '@core/tickets';

/** One ledger line (re-exported by ledger-figures, which builds on these helpers). */
export interface LedgerLine {
  kind: AssessmentEntry['kind'] | 'supervision' | 'follow_up';
  subject: 'person' | 'team';
  subjectId: string;
  subjectName: string;
  /** What the line opens: its ticket, or (现场评议) its round. */
  ticketId: string | null;
  roundId: string | null;
  at: number;
  note: string;
}

/** A recorded ledger line as the page shows it: a ticket's, or a 现场评议 round's (core/evaluation). */
export const entryLine = (e: AssessmentEntry): LedgerLine => ({
  ...{ kind: e.kind, subject: e.subject, subjectId: e.subjectId, subjectName: e.subjectName },
  ...{ ticketId: e.ticketId, roundId: e.roundId ?? null, at: e.at, note: e.note },
});

/** The record a line opens, for a stable order among lines of the same instant. */
export const linkOf = (l: LedgerLine): string => l.ticketId ?? l.roundId ?? '';

/** Each subject's mean 现场评议 score over the visible round lines of the period (one decimal). */
export const addRoundScores = (
  rows: Map<string, { evaluationScore: number | null }>,
  visible: readonly LedgerLine[],
  entries: readonly AssessmentEntry[],
): void => {
  const scoreOf = new Map<string, number>();
  for (const e of entries) if (e.roundId && e.score !== undefined) scoreOf.set(`${e.roundId}|${e.subjectId}`, e.score);
  const sums = new Map<string, { total: number; count: number }>();
  for (const l of visible) {
    const score = l.roundId === null ? undefined : scoreOf.get(`${l.roundId}|${l.subjectId}`);
    if (score === undefined) continue;
    const key = `${l.subject}|${l.subjectId}`;
    const sum = sums.get(key) ?? { total: 0, count: 0 };
    sums.set(key, { total: sum.total + score, count: sum.count + 1 });
  }
  for (const [key, { total, count }] of sums) {
    const row = rows.get(key);
    if (row) row.evaluationScore = Math.round((total / count) * 10) / 10;
  }
};
