import type { VisitView } from '@core/app/contract';
import type { KeyValueStorage } from '../services/local-storage';
import type { Transport } from '../services/transport';
import {
  checkDraft,
  draftFieldOf,
  emptyDraft,
  MAX_PARKS,
  reviveDraft,
  type BookingDraft,
  type DraftErrors,
} from './booking-draft';
import { createDraftForm, type DraftFormState, type DraftFormTools } from './create-draft-form';

export const DRAFT_KEY = 'zd_visit_booking_draft';

interface ParkActions {
  /** Adds or removes a park; at most MAX_PARKS, and a change of parks clears the chosen slot. */
  togglePark(parkId: string): void;
  /** Starts from a park page: that park selected, the rest of the draft kept. */
  startWith(parkId: string): void;
}

export type BookingFlowState = DraftFormState<BookingDraft, VisitView, void> & ParkActions & { errors: DraftErrors };

const parkActions = ({ draft, update }: DraftFormTools<BookingDraft>): ParkActions => {
  const withParks = (parkIds: string[]) => {
    const current = draft();
    const isSame = parkIds.length === current.parkIds.length && parkIds.every((id, i) => current.parkIds[i] === id);
    // Same parks: only their errors go; other parks: the chosen slot no longer applies.
    update(
      isSame
        ? { parkIds: current.parkIds, date: current.date, halfDay: current.halfDay }
        : { parkIds, date: null, halfDay: null },
    );
  };
  return {
    togglePark: (parkId) => {
      const current = draft().parkIds;
      if (current.includes(parkId)) withParks(current.filter((id) => id !== parkId));
      else if (current.length < MAX_PARKS) withParks([...current, parkId]);
    },
    startWith: (parkId) => {
      const current = draft().parkIds;
      if (!current.includes(parkId)) withParks(current.length < MAX_PARKS ? [...current, parkId] : current);
    },
  };
};

/** The 预约考察 form (see createDraftForm): one requestId per draft, so a double tap or a retry books once. */
export const createBookingFlow = (transport: Transport, storage: KeyValueStorage, newRequestId: () => string) =>
  createDraftForm(
    {
      storageKey: DRAFT_KEY,
      empty: emptyDraft,
      revive: reviveDraft,
      check: checkDraft,
      fieldOf: draftFieldOf,
      send: (input, requestId) => transport('visits.book', input, { requestId }),
    },
    { storage, newRequestId },
    parkActions,
  );
