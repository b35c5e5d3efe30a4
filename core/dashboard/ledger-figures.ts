import { isRatingFollowUp, type EvaluationFollowUp, type FollowUp } from '@core/tickets';
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

/**
 * Which lines the caller may see: a leader's own teams and people, the office everything; `parkIds` are
 * the parks a line is about (its ticket's; a round line's target team's and project's).
 */
export type LedgerFilter = (line: LedgerLine, parkIds: readonly string[]) => boolean;

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
  /** A team's park (reception and project teams have one). */
  parkOfTeam: (teamId: string) => string | null;
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

/** A round's 整改 lines: one for the bottom team, one for its leader (who owns it). */
const roundFollowUpLines = (u: EvaluationFollowUp, note: string, input: LedgerInput): LedgerLine[] => {
  const base = { kind: 'follow_up' as const, ticketId: null, roundId: u.roundId, at: u.createdAt, note };
  const team: LedgerLine = { ...base, subject: 'team', subjectId: u.teamId, subjectName: u.teamName };
  if (u.leaderUserId === null) return [team];
  const { leaderUserId } = u;
  return [team, { ...base, subject: 'person', subjectId: leaderUserId, subjectName: input.names.person(leaderUserId) }];
};

/** The parks of a round line: its target's (as the round recorded them), else the team's own park. */
const roundLineParks = (
  source: { roundId?: string; parkIds?: string[] },
  teamId: string | null,
  input: LedgerInput,
): string[] => {
  const recorded =
    source.parkIds ?? input.entries.find((e) => e.roundId === source.roundId && e.subjectId === teamId)?.parkIds ?? [];
  const own = teamId === null ? null : input.parkOfTeam(teamId);
  return [...new Set(own === null ? recorded : [...recorded, own])];
};

/** 考核台账 for a period: the recorded lines (超时, 差评, 按时办结), 督办 and 整改 results, per person and team. Pure. */
export const ledgerFigures = (input: LedgerInput): Omit<LedgerAnswer, 'filterText' | 'generatedAt' | 'choices'> => {
  const { period, asOf } = input;
  const inP = (at: number | null) => inPeriod(at, period.from, asOf);
  const parks = new Map<LedgerLine, string[]>();
  const lines: LedgerLine[] = [];
  for (const e of input.entries.filter((x) => inP(x.at))) {
    const line = entryLine(e);
    lines.push(line);
    if (e.roundId !== undefined) parks.set(line, roundLineParks(e, e.subject === 'team' ? e.subjectId : null, input));
  }
  for (const fact of input.facts.active) {
    for (const s of fact.supervision) {
      if (inP(s.at)) lines.push(...creditedLines(fact, s.at, 'supervision', SUPERVISION_LEVEL_TEXT[s.level], input));
    }
  }
  const followUpOutcome = new Map<LedgerLine, ReturnType<typeof followUpResult>>();
  for (const u of input.followUps) {
    if (!inP(u.createdAt)) continue;
    const result = followUpResult(u, asOf);
    if (isRatingFollowUp(u)) {
      const fact = input.facts.factOf(u.ticketId);
      if (!fact) continue;
      const credited = creditedLines(
        fact,
        u.createdAt,
        'follow_up',
        `${u.rating.level}星差评整改：${result.text}`,
        input,
      );
      for (const l of credited) followUpOutcome.set(l, result);
      lines.push(...credited);
      continue;
    }
    // A round's 整改: the bottom team's and its leader's, linked to the round.
    for (const l of roundFollowUpLines(u, `${u.roundTitle}末位整改：${result.text}`, input)) {
      followUpOutcome.set(l, result);
      parks.set(l, roundLineParks(u, u.teamId, input));
      lines.push(l);
    }
  }
  const parksOf = (l: LedgerLine): string[] => {
    const fact = l.ticketId === null ? undefined : input.facts.factOf(l.ticketId);
    return parks.get(l) ?? (fact?.parkId ? [fact.parkId] : []);
  };
  const visible = lines
    .filter((l) => input.filter(l, parksOf(l)))
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
      const result = followUpOutcome.get(l);
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
