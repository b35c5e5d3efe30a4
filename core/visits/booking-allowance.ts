import { addDays, dayOfWeek, type LocalDate } from '@core/kernel/calendar/local-date';
import { isOpenVisit } from './visit';
import { AppError } from '@core/kernel/errors';
import type { TxStore } from '@core/kernel/store/doc-store';
import { visitWrites } from './repo/visit-writes';

const MAX_KEPT = 50;
const weekOf = (date: LocalDate): LocalDate => addDays(date, -((dayOfWeek(date) + 6) % 7));

/**
 * Fair use (C2): at most `limit` open visits per person per park in one week (Monday–Sunday of the
 * visit date). Read and written in the booking's own transaction, so a burst of bookings by one
 * person is serialised on this document (compare-and-set) and cannot pass the limit together.
 */
export const claimBookingAllowance = async (
  tx: TxStore,
  ownerUserId: string,
  booking: { visitId: string; parkIds: readonly string[]; date: LocalDate },
  limit: number,
  today: LocalDate,
): Promise<void> => {
  const writes = visitWrites(tx);
  const allowance = await writes.allowanceOf(ownerUserId);
  const week = weekOf(booking.date);
  const kept = (allowance?.recent ?? []).filter((r) => r.date >= today);
  for (const parkId of booking.parkIds) {
    const sameWeek = kept.filter((r) => weekOf(r.date) === week && r.parkIds.includes(parkId));
    let open = 0;
    for (const r of sameWeek) {
      const visit = await writes.current(r.visitId);
      if (visit && isOpenVisit(visit.status)) open += 1;
    }
    if (open >= limit) {
      throw new AppError(
        'RATE_LIMITED',
        `同一园区每周最多保留${limit}个未完成的考察预约，请先取消或等待已有预约完成后再预约`,
      );
    }
  }
  const recent = [...kept, { visitId: booking.visitId, parkIds: [...booking.parkIds], date: booking.date }].slice(
    -MAX_KEPT,
  );
  await writes.keepAllowance(ownerUserId, allowance, recent);
};
