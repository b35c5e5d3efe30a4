import { isRatingFollowUp, type FollowUp } from '@core/tickets';
import type { ScopeChoices } from './dashboard-request';
import { ASSESSMENT_KIND_LABELS, type AssessmentEntry } from '@core/tickets';
import { SUPERVISION_LEVEL_TEXT } from './labels';
import type { Period } from './period';
import { inPeriod } from './stats';
import { holderAt, type TicketFact } from './ticket-fact';
import { addRoundScores, entryLine, linkOf, type LedgerLine } from './round-ledger-lines';

export const LEDGER_LINE_KINDS = [
  ...['breach', 'supervision', 'bad_rating', 'on_time_close', 'follow_up', 'evaluation'],
] as const;
export type LedgerLineKind = (typeof LEDGER_LINE_KINDS)[number];
export const LEDGER_LINE_LABELS: Record<LedgerLineKind, string> = {
  ...ASSESSMENT_KIND_LABELS,
  supervision: '督办',
  follow_up: '整改',
};

export type LedgerSubject = 'person' | 'team';

export type { LedgerLine };

export interface LedgerSubjectRow {
  subject: LedgerSubject;
  id: string;
  name: string;
  breaches: number;
  supervision: number;
  badRatings: number;
  onTimeCloses: number;
  followUpsOpened: number;
  followUpsClosedOnTime: number;
  followUpsOverdue: number;
  /** The mean of the period's 现场评议 scores (0–100), null without one. */
  evaluationScore: number | null;
}

export interface LedgerAnswer {
  fromDate: string;
  toDate: string;
  filterText: string;
  generatedAt: number;
  choices: ScopeChoices;
  subjects: LedgerSubjectRow[];
  /** Newest first; at most LEDGER_LINES_MAX (lineCount says how many there are). */
  lines: LedgerLine[];
  lineCount: number;
}

export const LEDGER_LINES_MAX = 500;

/** Which lines the caller may see: a leader's own teams and people, the office everything. */
export type LedgerFilter = (subject: LedgerSubject, subjectId: string, ticketId: string | null) => boolean;

const followUpResult = (u: FollowUp, asOf: number): { text: string; isOnTime: boolean; isOverdue: boolean } => {
  if (u.closedAt !== null && u.closedAt <= u.dueAt) return { text: '按时整改', isOnTime: true, isOverdue: false };
  if (u.closedAt !== null) return { text: '逾期整改', isOnTime: false, isOverdue: true };
  if (u.dueAt <= asOf) return { text: '逾期未整改', isOnTime: false, isOverdue: true };
  return { text: '整改中', isOnTime: false, isOverdue: false };
};

interface LedgerInput {
  entries: readonly AssessmentEntry[];
  /** The facts a period's 督办 can be on (or more), and any ticket's fact by id. */
  facts: { active: readonly TicketFact[]; factOf: (ticketId: string) => TicketFact | undefined };
  followUps: readonly FollowUp[];
  period: Period;
  asOf: number;
  filter: LedgerFilter;
  names: { person: (id: string) => string; team: (id: string) => string };
  /** The page shows LEDGER_LINES_MAX; the export asks for more. */
  maxLines?: number | undefined;
}

/** Lines credited to the holders (person and team) at an instant, as the ledger writes breaches. */
const creditedLines = (fact: TicketFact, at: number, kind: LedgerLineKind, note: string, input: LedgerInput) => {
  const holder = holderAt(fact, at);
  const subjects: [LedgerSubject, string | null, (id: string) => string][] = [
    ['person', holder.userId, input.names.person],
    ['team', holder.teamId, input.names.team],
  ];
  return subjects.flatMap(([subject, subjectId, nameOf]): LedgerLine[] =>
    subjectId === null
      ? []
      : [{ kind, subject, subjectId, subjectName: nameOf(subjectId), ticketId: fact.id, roundId: null, at, note }],
  );
};

/** 考核台账 for a period: the recorded lines (超时, 差评, 按时办结), 督办 and 整改 results, per person and team. Pure. */
export const ledgerFigures = (input: LedgerInput): Omit<LedgerAnswer, 'filterText' | 'generatedAt' | 'choices'> => {
  const { period, asOf } = input;
  const inP = (at: number | null) => inPeriod(at, period.from, asOf);
  const lines: LedgerLine[] = input.entries.filter((e) => inP(e.at)).map(entryLine);
  for (const fact of input.facts.active) {
    for (const s of fact.supervision) {
      if (inP(s.at)) lines.push(...creditedLines(fact, s.at, 'supervision', SUPERVISION_LEVEL_TEXT[s.level], input));
    }
  }
  const followUpOutcome = new Map<string, ReturnType<typeof followUpResult>>();
  // A round's 整改 reaches the ledger through its own lines (kind evaluation), not through a ticket.
  for (const u of input.followUps.filter(isRatingFollowUp)) {
    const fact = input.facts.factOf(u.ticketId);
    if (!fact || !inP(u.createdAt)) continue;
    const result = followUpResult(u, asOf);
    followUpOutcome.set(u.ticketId, result);
    lines.push(...creditedLines(fact, u.createdAt, 'follow_up', `${u.rating.level}星差评整改：${result.text}`, input));
  }
  const visible = lines
    .filter((l) => input.filter(l.subject, l.subjectId, l.ticketId))
    .sort((a, b) => b.at - a.at || linkOf(a).localeCompare(linkOf(b)) || a.subject.localeCompare(b.subject));
  const rows = new Map<string, LedgerSubjectRow>();
  for (const l of visible) {
    const key = `${l.subject}|${l.subjectId}`;
    const row = rows.get(key) ?? {
      ...{ subject: l.subject, id: l.subjectId, name: l.subjectName, breaches: 0, supervision: 0, badRatings: 0 },
      ...{ onTimeCloses: 0, followUpsOpened: 0, followUpsClosedOnTime: 0, followUpsOverdue: 0 },
      evaluationScore: null,
    };
    rows.set(key, row);
    if (l.kind === 'breach') row.breaches += 1;
    if (l.kind === 'supervision') row.supervision += 1;
    if (l.kind === 'bad_rating') row.badRatings += 1;
    if (l.kind === 'on_time_close') row.onTimeCloses += 1;
    if (l.kind === 'follow_up') {
      const result = followUpOutcome.get(l.ticketId ?? '');
      row.followUpsOpened += 1;
      if (result?.isOnTime) row.followUpsClosedOnTime += 1;
      if (result?.isOverdue) row.followUpsOverdue += 1;
    }
  }
  addRoundScores(rows, visible, input.entries);
  const subjects = [...rows.values()].sort(
    (a, b) => a.subject.localeCompare(b.subject) || b.breaches - a.breaches || a.id.localeCompare(b.id),
  );
  return {
    fromDate: period.fromDate,
    toDate: period.toDate,
    subjects,
    lines: visible.slice(0, input.maxLines ?? LEDGER_LINES_MAX),
    lineCount: visible.length,
  };
};
