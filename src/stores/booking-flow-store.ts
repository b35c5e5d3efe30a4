import { createStore } from 'zustand/vanilla';
import type { VisitView } from '@core/app/contract';
import type { WireError } from '@core/kernel/errors';
import {
  draftFieldOf,
  emptyDraft,
  MAX_PARKS,
  reviveDraft,
  checkDraft,
  type BookingDraft,
  type DraftErrors,
} from '../pages/visit-book/booking-draft';
import type { KeyValueStorage } from '../services/local-storage';
import type { Transport } from '../services/transport';

export const DRAFT_KEY = 'zd_visit_booking_draft';

export interface BookingFlowState {
  draft: BookingDraft;
  errors: DraftErrors;
  isSubmitting: boolean;
  /** A failure that belongs to no single field (full slot, network). */
  submitError: WireError | null;
  update(patch: Partial<Omit<BookingDraft, 'requestId'>>): void;
  /** Adds or removes a park; at most MAX_PARKS, and a change of parks clears the chosen slot. */
  togglePark(parkId: string): void;
  /** Starts from a park page: that park selected, the rest of the draft kept. */
  startWith(parkId: string): void;
  submit(): Promise<VisitView | null>;
}

/**
 * The 预约考察 form: the draft is saved on every change, validated with the server's own schema,
 * and submitted with one requestId per draft, so a double tap or a retry after a timeout books once.
 */
export const createBookingFlow = (transport: Transport, storage: KeyValueStorage, newRequestId: () => string) =>
  createStore<BookingFlowState>()((set, get) => {
    const save = (draft: BookingDraft) => {
      storage.set(DRAFT_KEY, draft);
      return draft;
    };
    const clearErrors = (fields: string[]): DraftErrors =>
      Object.fromEntries(Object.entries(get().errors).filter(([key]) => !fields.includes(key)));
    const withParks = (parkIds: string[]) => {
      const { draft } = get();
      const isSame = parkIds.length === draft.parkIds.length && parkIds.every((id, i) => draft.parkIds[i] === id);
      const next = isSame ? draft : { ...draft, parkIds, date: null, halfDay: null };
      set({ draft: save(next), errors: clearErrors(['parkIds', 'date', 'halfDay']), submitError: null });
    };

    return {
      draft: reviveDraft(storage.get(DRAFT_KEY), newRequestId()),
      errors: {},
      isSubmitting: false,
      submitError: null,
      update: (patch) =>
        set({
          draft: save({ ...get().draft, ...patch }),
          errors: clearErrors(Object.keys(patch)),
          submitError: null,
        }),
      togglePark: (parkId) => {
        const current = get().draft.parkIds;
        if (current.includes(parkId)) withParks(current.filter((id) => id !== parkId));
        else if (current.length < MAX_PARKS) withParks([...current, parkId]);
      },
      startWith: (parkId) => {
        const current = get().draft.parkIds;
        if (!current.includes(parkId)) withParks(current.length < MAX_PARKS ? [...current, parkId] : current);
      },
      submit: async () => {
        if (get().isSubmitting) return null;
        const { draft } = get();
        const check = checkDraft(draft);
        if (!check.ok) {
          set({ errors: check.errors });
          return null;
        }
        set({ isSubmitting: true, submitError: null });
        const answer = await transport('visits.book', check.input, { requestId: draft.requestId });
        if (answer.ok) {
          storage.remove(DRAFT_KEY);
          set({ isSubmitting: false, draft: emptyDraft(newRequestId()), errors: {} });
          return answer.data;
        }
        const field = answer.error.field ? draftFieldOf(answer.error.field) : null;
        if (answer.error.code === 'INVALID_INPUT' && field) {
          set({ isSubmitting: false, errors: { ...get().errors, [field]: answer.error.message } });
        } else {
          // The requestId is kept: a retry of the same draft can never make a second visit.
          set({ isSubmitting: false, submitError: answer.error });
        }
        return null;
      },
    };
  });
