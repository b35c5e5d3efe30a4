/** 好差评 (C3, issue 5): five levels, as government service ratings are given. */

export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** 2 and below is a 差评: it opens a 整改 follow-up. */
export const BAD_RATING_MAX = 2;
export const isBadRating = (level: RatingLevel): boolean => level <= BAD_RATING_MAX;

/** A 整改 is due this many working days after the bad rating (Dezhou's rule). */
export const FOLLOW_UP_WORKING_DAYS = 5;
/** Without an answer a resolved ticket is confirmed after this many working days… */
export const AUTO_CONFIRM_WORKING_DAYS = 5;
/** …and the enterprise is told this many working days before. */
export const AUTO_CONFIRM_NOTICE_WORKING_DAYS = 1;

export interface TicketRating {
  level: RatingLevel;
  comment: string;
  at: number;
}

export const FOLLOW_UP_STATUSES = ['open', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The follow-up contact (回访) that must be on record before a 整改 can close. */
export interface FollowUpContact {
  /** Who at the enterprise was spoken to. */
  who: string;
  /** When (UTC ms). */
  at: number;
  /** What was said and agreed. */
  said: string;
  recordedAt: number;
}

interface FollowUpBase {
  id: string;
  version: number;
  leaderUserId: string | null;
  status: FollowUpStatus;
  dueAt: number;
  contact: FollowUpContact | null;
  summary: string | null;
  createdAt: number;
  closedAt: number | null;
}

/** 整改 of a bad rating: owned by the responsible leader, due in 5 working days. (Older documents carry no `source`.) */
export interface RatingFollowUp extends FollowUpBase {
  source?: 'rating';
  ticketId: string;
  categoryName: string;
  enterpriseName: string;
  assigneeName: string | null;
  rating: TicketRating;
}

/** 整改 of the bottom team of a 现场评议 round (core/evaluation): owned by the team's leader. */
export interface EvaluationFollowUp extends FollowUpBase {
  source: 'evaluation';
  roundId: string;
  roundTitle: string;
  teamId: string;
  teamName: string;
  /** The team's weighted score (0–100) and rank of how many ranked. */
  score: number;
  rank: number;
  rankedCount: number;
}

/** 整改: a follow-up the leader must answer with a contact on record before it closes. */
export type FollowUp = RatingFollowUp | EvaluationFollowUp;

export const isRatingFollowUp = (f: FollowUp): f is RatingFollowUp => f.source !== 'evaluation';
