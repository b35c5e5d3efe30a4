import type { VisitHandler } from '../visit-actions';
import { datesFrom, daysBetween, localDateOf } from '@core/kernel/calendar/local-date';
import { claimBookingAllowance } from '../booking-allowance';
import { MAX_AVAILABILITY_DAYS } from '../visit-fields';

import { HALF_DAY_LABELS } from '../visit';
import { everyFound, invalidInput } from '@core/kernel/errors';
import { catalogRepo } from '@core/catalog';
import { visitRepo } from '../visit-repo';
import { buildAvailability } from '../availability';
import { bookingWindow, closedDayReason, UNAVAILABLE_REASON_LABELS } from '../booking-window';
import { ensureClientAccount, markAssigned } from '@core/identity';
import { routeVisit, type ProjectTeamLookup } from '../route-visit';
import { transactWithRetry } from '../transact-with-retry';
import { appendVisitEvents, type EventDraft } from '../repo/visit-events';
import { loadBookingRules } from '../visit-rules';
import { reserveVisitSlots } from '../repo/slot-counters';
import { visitWrites } from '../repo/visit-writes';
import { toVisitView } from '../visit-view';
import { newVisit } from '../new-visit';
import { bookedMessages } from '../visit-messages';
import { sendInboxMessages } from '@core/messages';
import type { Park } from '@core/catalog';
import type { DocStore } from '@core/kernel/store/doc-store';

const parksOrFail = async (store: DocStore, parkIds: readonly string[]): Promise<Park[]> => {
  const repo = catalogRepo(store);
  return everyFound(await Promise.all(parkIds.map((id) => repo.getPark(id))), 'parkIds', '所选园区不存在');
};

export const availability: VisitHandler<'visits.availability'> = async ({ parkIds, from, to }, { deps }) => {
  const span = daysBetween(from, to);
  if (span < 0) throw invalidInput('to', '结束日期不能早于开始日期');
  if (span >= MAX_AVAILABILITY_DAYS) throw invalidInput('to', `一次最多查询${MAX_AVAILABILITY_DAYS}天`);
  await parksOrFail(deps.store, parkIds);
  const { settings, calendar } = await loadBookingRules(deps.store);
  const now = deps.clock.now();
  const window = bookingWindow(now, settings, calendar);
  const slots = await visitRepo(deps.store).slotsBetween(parkIds, from, to);
  const days = buildAvailability({
    dates: datesFrom(from, to),
    parkIds,
    window,
    calendar,
    settings,
    used: new Map(slots.map((s) => [s.id, s.used])),
    now,
  });
  return { earliest: window.earliest, latest: window.latest, cutoffHours: settings.cutoffHours, days };
};

/** 预约考察; routing asks `projectTeamIdOf` for the booker's project team (core/app wires the projects repository). */
export const bookWith =
  (projectTeamIdOf: ProjectTeamLookup): VisitHandler<'visits.book'> =>
  async (input, { caller, deps }) => {
    const { store, ids, clock } = deps;
    const now = clock.now();
    const { settings, calendar } = await loadBookingRules(store);
    const closed = closedDayReason(input.date, bookingWindow(now, settings, calendar), calendar);
    if (closed) throw invalidInput('date', `该日期不可预约：${UNAVAILABLE_REASON_LABELS[closed]}`);
    const parks = await parksOrFail(store, input.parkIds);
    const industries = await catalogRepo(store).industriesByIds(input.industryIds);
    if (industries.length !== new Set(input.industryIds).size) throw invalidInput('industryIds', '所选产业不存在');

    const routing = await routeVisit(store, input.parkIds, now, { userId: caller.user?.id ?? null, projectTeamIdOf });
    const visitId = ids.newId();
    const slotText = `${input.date} ${HALF_DAY_LABELS[input.halfDay]}`;
    const drafts: EventDraft[] = [
      { kind: 'booked', text: `预约考察 ${parks.map((p) => p.name).join('、')}，${slotText}，${input.partySize}人` },
      { kind: 'routed', text: routing.reason, isInternal: true, isBySystem: true },
      ...(settings.isAutoConfirm ? [{ kind: 'confirmed' as const, text: '按园区设置自动确认' }] : []),
    ];

    const visit = await transactWithRetry(store, async (tx) => {
      const owner = await ensureClientAccount(
        tx,
        caller,
        { role: 'investor', name: input.contactName, organisation: input.company, phone: input.contactPhone },
        now,
      );
      await claimBookingAllowance(
        tx,
        owner.id,
        { visitId, parkIds: input.parkIds, date: input.date },
        settings.maxOpenVisitsPerParkWeek,
        localDateOf(now),
      );
      await reserveVisitSlots(tx, input.parkIds, input.date, input.halfDay, settings.capacityPerSlot);
      const created = newVisit(input, { id: visitId, ownerUserId: owner.id, parks, routing, settings, now });
      await visitWrites(tx).book(created);
      await appendVisitEvents(tx, ids, created, { userId: owner.id, name: input.contactName }, now, drafts);
      if (routing.host) await markAssigned(tx, routing.host.userId, now);
      await sendInboxMessages(tx, ids, now, bookedMessages(created, routing.leaderUserIds));
      return created;
    });
    const events = await visitRepo(store).events(visit.id);
    return toVisitView(visit, 'owner', events, settings, now);
  };
