/** Site visits (考察预约, C2): an investor's itinerary of 1–3 parks on one half-day, hosted by named staff. */

import { HALF_DAYS, HALF_DAY_LABELS, type HalfDay } from '@core/kernel/calendar/half-day';
import type { LocalDate } from '@core/kernel/calendar/local-date';
import type { StoredDoc } from '@core/kernel/store/doc-store';

export { HALF_DAYS, HALF_DAY_LABELS, type HalfDay };

export const VISIT_STATUSES = [
  'pending',
  'confirmed',
  'rescheduled',
  'cancelled',
  'declined',
  'completed',
  'no_show',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  pending: '待确认',
  confirmed: '已确认',
  rescheduled: '已改期',
  cancelled: '已取消',
  declined: '未能接待',
  completed: '已完成',
  no_show: '未到访',
};

/** Statuses that still hold capacity and can change. */
export const OPEN_VISIT_STATUSES: readonly VisitStatus[] = ['pending', 'confirmed', 'rescheduled'];
export const isOpenVisit = (status: VisitStatus): boolean => OPEN_VISIT_STATUSES.includes(status);

export const INVESTMENT_BANDS = ['lt_50m', '50m_200m', '200m_1b', 'gte_1b', 'undecided'] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number];
export const INVESTMENT_BAND_LABELS: Record<InvestmentBand, string> = {
  lt_50m: '5000万元以下',
  '50m_200m': '5000万–2亿元',
  '200m_1b': '2亿–10亿元',
  gte_1b: '10亿元及以上',
  undecided: '暂未确定',
};

export const ENVIRONMENT_CATEGORIES = ['report_book', 'report_form', 'registration', 'unknown'] as const;
export type EnvironmentCategory = (typeof ENVIRONMENT_CATEGORIES)[number];
/** The three levels of China's EIA classification list (建设项目环境影响评价分类管理名录). */
export const ENVIRONMENT_CATEGORY_LABELS: Record<EnvironmentCategory, string> = {
  report_book: '环境影响报告书类',
  report_form: '环境影响报告表类',
  registration: '登记表类',
  unknown: '尚不清楚',
};

/** What the investor needs from a factory, all optional: asked up front so the host can prepare. */
export interface FactoryNeeds {
  areaM2: number | null;
  /** kN/m² */
  floorLoadKn: number | null;
  craneTons: number | null;
  powerKva: number | null;
  environmentCategory: EnvironmentCategory | null;
}

export interface VisitHost {
  userId: string;
  name: string;
  title: string;
}

export interface Visit {
  id: string;
  version: number;
  ownerUserId: string;
  parkIds: string[];
  parkNames: string[];
  /** Local date at +08:00. */
  date: string;
  halfDay: HalfDay;
  /** UTC ms of the slot's start: the cut-off and the staff list are measured from it. */
  startsAt: number;
  status: VisitStatus;
  company: string;
  contactName: string;
  /** Whole number; only the owner and the host see it unmasked. */
  contactPhone: string;
  partySize: number;
  industryIds: string[];
  investmentBand: InvestmentBand;
  factoryNeeds: FactoryNeeds | null;
  notes: string;
  /** The lead host; null only when no team could take it (the office then assigns by hand). */
  host: VisitHost | null;
  /** host.userId again, at the top level so it can be queried (routing load). */
  hostUserId: string | null;
  /** Every team told of the visit: the lead team first, then each other park's. */
  teamIds: string[];
  /** Why the visit ended (cancel / decline), shown to the investor. */
  closingReason: string | null;
  /** When the day-before reminder went out; null until then, and again after a reschedule. */
  remindedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export const VISIT_EVENT_KINDS = [
  'booked',
  'routed',
  'confirmed',
  'declined',
  'rescheduled',
  'cancelled',
  'completed',
  'no_show',
  'note',
] as const;
export type VisitEventKind = (typeof VISIT_EVENT_KINDS)[number];

/** One line of a visit's timeline. Append-only: events are inserted, never changed. */
export interface VisitEvent {
  id: string;
  version: number;
  visitId: string;
  at: number;
  /** Order among events written at the same moment (a booking writes several). */
  seq: number;
  kind: VisitEventKind;
  actorUserId: string | null;
  actorName: string;
  text: string;
  /** Staff-only lines (routing reasons, notes) are not shown to the investor. */
  isInternal: boolean;
}

/** One counter per (park, date, half-day): how many groups are booked. Changed only inside a transaction. */
export interface VisitSlot {
  id: string;
  version: number;
  parkId: string;
  date: string;
  halfDay: HalfDay;
  used: number;
}

export const visitSlotId = (parkId: string, date: string, halfDay: HalfDay): string => `${parkId}|${date}|${halfDay}`;

/** The visits a person booked lately, kept on one document so the check runs inside the booking's transaction. */
export interface BookingAllowance extends StoredDoc {
  recent: { visitId: string; parkIds: string[]; date: LocalDate }[];
}
