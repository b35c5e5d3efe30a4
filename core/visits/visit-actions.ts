import * as v from 'valibot';
import { PUBLIC, type Role } from '@core/kernel/roles';
import type { DayAvailability } from './availability';
import type { VisitCard, VisitView } from './visit-view';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { bookVisitInput, halfDayField, parkIdsField, reasonField, visitIdField } from './visit-fields';
import { localDateField, requiredTextField } from '@core/kernel/validation/common-fields';
import { idField, pagingFields, timelineCursorField, type PageOf } from '@core/kernel/paging';

export type { VisitCard, VisitView, TimelineLine } from './visit-view';
import type { TimelineLine } from './visit-view';
export type { DayAvailability, SlotAvailability } from './availability';
export type { UnavailableReason } from './booking-window';
export type { VisitViewer } from './visit-access';

export interface AvailabilityView {
  /** First and last bookable days, and the cut-off, so the picker can explain its range. */
  earliest: string;
  latest: string;
  cutoffHours: number;
  days: DayAvailability[];
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface StaffVisitList extends PageOf<VisitCard> {
  /** The caller's teams, for a picker; `teamId` is the one listed. */
  teams: TeamRef[];
  teamId: string | null;
}

/** People who book: a visitor becomes an investor by booking; an enterprise may scout a second site. */
const BOOKERS: readonly Role[] = ['visitor', 'investor', 'enterprise'];
const OWNERS: readonly Role[] = ['investor', 'enterprise'];
const HOSTS: readonly Role[] = ['staff', 'leader'];

const byId = v.strictObject({ visitId: visitIdField });
const withReason = v.strictObject({ visitId: visitIdField, reason: reasonField });

export const visitActions = {
  'visits.availability': defineAction<AvailabilityView>()({
    input: v.strictObject({ parkIds: parkIdsField, from: localDateField, to: localDateField }),
    audience: PUBLIC,
  }),
  'visits.book': defineAction<VisitView>()({
    input: bookVisitInput,
    audience: BOOKERS,
    isMutation: true,
  }),
  'visits.mine': defineAction<PageOf<VisitCard>>()({ input: v.strictObject({ ...pagingFields }), audience: BOOKERS }),
  'visits.get': defineAction<VisitView>()({ input: byId, audience: [...OWNERS, ...HOSTS, 'admin'] }),
  /** 加载更早的记录: the timeline page before the cursor a view or an earlier page gave. */
  'visits.timeline': defineAction<PageOf<TimelineLine>>()({
    input: v.strictObject({ visitId: visitIdField, cursor: timelineCursorField }),
    audience: [...OWNERS, ...HOSTS, 'admin'],
  }),
  'visits.reschedule': defineAction<VisitView>()({
    input: v.strictObject({ visitId: visitIdField, date: localDateField, halfDay: halfDayField, reason: reasonField }),
    audience: OWNERS,
    isMutation: true,
  }),
  'visits.cancel': defineAction<VisitView>()({ input: withReason, audience: OWNERS, isMutation: true }),
  'visits.staffList': defineAction<StaffVisitList>()({
    input: v.strictObject({
      teamId: v.optional(idField),
      from: v.optional(localDateField),
      includeClosed: v.optional(v.boolean(), false),
      ...pagingFields,
    }),
    audience: HOSTS,
  }),
  'visits.confirm': defineAction<VisitView>()({ input: byId, audience: HOSTS, isMutation: true }),
  'visits.decline': defineAction<VisitView>()({ input: withReason, audience: HOSTS, isMutation: true }),
  'visits.complete': defineAction<VisitView>()({ input: byId, audience: HOSTS, isMutation: true }),
  'visits.noShow': defineAction<VisitView>()({ input: byId, audience: HOSTS, isMutation: true }),
  'visits.note': defineAction<VisitView>()({
    input: v.strictObject({
      visitId: visitIdField,
      text: requiredTextField('备注', 1, 500),
    }),
    audience: HOSTS,
    isMutation: true,
  }),
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type VisitHandler<A extends keyof typeof visitActions> = HandlerOf<(typeof visitActions)[A]>;
