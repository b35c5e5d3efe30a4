import type { VisitHandler } from '../visit-actions';
import { HALF_DAY_LABELS } from '../visit';
import { invalidInput } from '@core/kernel/errors';
import { visitRepo } from '../visit-repo';
import {
  bookingWindow,
  changeDeadline,
  closedDayReason,
  slotStartsAt,
  UNAVAILABLE_REASON_LABELS,
} from '../booking-window';
import { changeVisit } from '../change-visit';
import { requireViewer } from '../visit-access';
import { assertCanChange, loadBookingRules, pastCutoff } from '../visit-rules';
import { releaseVisitSlots, reserveVisitSlots } from '../repo/slot-counters';
import { toVisitCard, toVisitTimeline, toVisitView } from '../visit-view';
import { cancelledMessages, rescheduledMessages } from '../visit-messages';

export const mine: VisitHandler<'visits.mine'> = async ({ limit, cursor }, { caller, deps }) => {
  // A visitor has booked nothing yet.
  if (!caller.user) return { items: [], next: null };
  const page = await visitRepo(deps.store).listByOwner(caller.user.id, { limit, cursor });
  return { items: page.items.map((v) => toVisitCard(v, 'owner')), next: page.next };
};

export const get: VisitHandler<'visits.get'> = async ({ visitId }, { caller, deps }) => {
  const repo = visitRepo(deps.store);
  const { visit, viewer } = await requireViewer(deps.store, caller, await repo.get(visitId), [
    'owner',
    'host',
    'team',
    'admin',
  ]);
  const { settings } = await loadBookingRules(deps.store);
  return toVisitView(visit, viewer, await repo.events(visit.id), settings, deps.clock.now());
};

export const timeline: VisitHandler<'visits.timeline'> = async ({ visitId, cursor }, { caller, deps }) => {
  const repo = visitRepo(deps.store);
  const { viewer } = await requireViewer(deps.store, caller, await repo.get(visitId), [
    'owner',
    'host',
    'team',
    'admin',
  ]);
  const page = await repo.events(visitId, cursor);
  return { items: toVisitTimeline(page.items, viewer), next: page.earlier };
};

export const cancel: VisitHandler<'visits.cancel'> = ({ visitId, reason }, ctx) =>
  changeVisit(ctx, visitId, ['owner'], (visit, { settings }, now) => {
    assertCanChange(visit, 'cancel');
    if (now >= changeDeadline(visit.startsAt, settings)) throw pastCutoff();
    return {
      patch: { status: 'cancelled', closingReason: reason },
      events: [{ kind: 'cancelled', text: `取消预约：${reason}` }],
      alsoInTx: (tx) => releaseVisitSlots(tx, visit.parkIds, visit.date, visit.halfDay),
      messages: (updated) => cancelledMessages(updated, reason),
    };
  });

export const reschedule: VisitHandler<'visits.reschedule'> = ({ visitId, date, halfDay, reason }, ctx) =>
  changeVisit(ctx, visitId, ['owner'], (visit, { settings, calendar }, now) => {
    assertCanChange(visit, 'reschedule');
    if (now >= changeDeadline(visit.startsAt, settings)) throw pastCutoff();
    if (visit.date === date && visit.halfDay === halfDay) throw invalidInput('date', '新时段与原时段相同');
    const closed = closedDayReason(date, bookingWindow(now, settings, calendar), calendar);
    if (closed) throw invalidInput('date', `该日期不可预约：${UNAVAILABLE_REASON_LABELS[closed]}`);
    return {
      patch: {
        date,
        halfDay,
        startsAt: slotStartsAt(date, halfDay, settings),
        status: settings.isAutoConfirm ? 'confirmed' : 'rescheduled',
        remindedAt: null,
      },
      events: [
        {
          kind: 'rescheduled',
          text: `改期：${visit.date} ${HALF_DAY_LABELS[visit.halfDay]} → ${date} ${HALF_DAY_LABELS[halfDay]}；原因：${reason}`,
        },
      ],
      alsoInTx: async (tx) => {
        await releaseVisitSlots(tx, visit.parkIds, visit.date, visit.halfDay);
        await reserveVisitSlots(tx, visit.parkIds, date, halfDay, settings.capacityPerSlot);
      },
      messages: (updated) => rescheduledMessages(updated, visit, reason),
    };
  });
