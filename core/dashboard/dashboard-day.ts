import type { FigureCell } from './figure-cells';
import type { TicketFact } from './ticket-fact';

/**
 * One day's roll-up, kept fresh by the scheduler: the facts of the tickets filed that day (+08:00),
 * and their figure cells (per day of each figure's instant × category × park × team × person).
 */
export interface DashboardDay {
  id: string;
  version: number;
  /** The last instant any of its facts can still change a figure; open tickets keep it at the maximum. */
  activeUntil: number;
  facts: TicketFact[];
  /** Absent on days rolled up before cells existed: computed from the facts when read. */
  cells?: FigureCell[];
  /** CELLS_VERSION the cells were counted by (absent: 1); others are recounted from the facts. */
  cellsVersion?: number;
}

/** How far the roll-up has read: tickets changed and 督办 raised before these instants are in the days. */
export interface RollupMark {
  id: string;
  version: number;
  ticketsAt: number;
  supervisionAt: number;
}
