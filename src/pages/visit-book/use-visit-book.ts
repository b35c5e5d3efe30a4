import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import type { VisitView } from '@core/app/contract';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { DRAFT_FIELD_ORDER } from '@/stores/booking-draft';
import { bookingFlow, useBookingFlow } from '@/stores/booking-flow';
import { catalogStores } from '@/stores/catalog-stores';
import { availabilityKey, useAvailability, visitStores } from '@/stores/visit-stores';
import { revealFirstError } from '@/utils/reveal-first-error';

/** From a park page: that park; from a declined visit (重新预约): its whole itinerary. */
const usePrefill = () => {
  const { parkId, parkIds } = useRouter().params;
  const parksFromLink = parkIds ?? parkId ?? '';
  useEffect(() => {
    for (const id of parksFromLink.split(',').filter(Boolean)) bookingFlow.getState().startWith(id);
    const { parks: list, industries: ind } = catalogStores;
    if (list.getState().status === 'idle') void list.getState().reload();
    if (ind.getState().status === 'idle') void ind.getState().load();
  }, [parksFromLink]);
};

/** After a submit: to the visit, or a toast for a failure without a field, or the first field with an error. */
const afterSubmit = (visit: VisitView | null, key: string | null) => {
  const reloadSlots = () => key && void visitStores.availability.getState().load(key);
  if (visit) {
    reloadSlots();
    void Taro.redirectTo({ url: `/pages/visit-detail/index?id=${encodeURIComponent(visit.id)}&booked=1` });
    return;
  }
  const state = bookingFlow.getState();
  if (state.submitError) void Taro.showToast({ title: state.submitError.message, icon: 'none' });
  // The first field with an error is brought into view and focused, its message under it; a toast
  // over it would hide it, so one shows only for an error without a field on screen.
  else if (!revealFirstError(DRAFT_FIELD_ORDER, state.errors) && Object.keys(state.errors).length) {
    void Taro.showToast({ title: '请按提示修改后再提交', icon: 'none' });
  }
  if (state.submitError?.code === 'CONFLICT') reloadSlots();
};

/** The 预约考察 page's state: the app's one booking form, the itinerary's availability, and submit. */
export const useVisitBook = () => {
  usePrefill();
  const flow = useBookingFlow();
  const availability = useAvailability();
  const { draft } = flow;
  const key = draft.parkIds.length ? availabilityKey(draft.parkIds, localDateOf(Date.now())) : null;
  const slots = key ? availability.byId[key] : undefined;
  const chosenSlot = slots?.data?.days
    .find((d) => d.date === draft.date)
    ?.slots.find((s) => s.halfDay === draft.halfDay);
  useEffect(() => {
    if (key) void visitStores.availability.getState().load(key);
  }, [key]);
  const submit = () =>
    bookingFlow
      .getState()
      .submit()
      .then((visit) => afterSubmit(visit, key));
  return { flow, key, slots, chosenSlot, submit };
};

export type VisitBook = ReturnType<typeof useVisitBook>;
