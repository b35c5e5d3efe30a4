import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScreeningItem } from '@core/projects/screening/screening';
import type { ScreeningView } from '@core/projects/screening/screening-actions';
import type { Envelope } from '@core/kernel/errors';
import { taroStorage, type KeyValueStorage } from '@/services/local-storage';
import { newRequestId } from '@/services/request-id';
import { call, type Transport } from '@/services/transport';
import {
  checkDecisionDraft,
  checkScreeningDraft,
  errorKeyOf,
  itemKey,
  reviveScreeningDraft,
  emptyScreeningDraft,
  type ScreeningDraft,
  type ScreeningErrors,
} from './screening-draft';

export type Subject = { kind: 'lead' | 'project'; id: string };

export interface ScreeningFormState {
  view: ScreeningView | null;
  loadError: string | null;
  draft: ScreeningDraft;
  errors: ScreeningErrors;
  isBusy: boolean;
  load(): Promise<void>;
  update(patch: Partial<Omit<ScreeningDraft, 'requestId'>>): void;
  /** Sends the checklist (or, once 提交评审会, the meeting's decision); the problems found, none when it went through. */
  submit(): Promise<ScreeningErrors>;
}

/**
 * One subject's screening form: the view, the draft kept on the device under the subject's key, and
 * one requestId per intended submit — kept across a failed attempt (a retry submits once), new after a success.
 */
export const createScreeningForm = (
  subject: Subject,
  transport: Transport,
  storage: KeyValueStorage,
  requestIds: () => string,
): StoreApi<ScreeningFormState> => {
  const key = `screening-draft:${subject.kind}:${subject.id}`;
  return createStore<ScreeningFormState>()((set, get) => {
    const save = (draft: ScreeningDraft) => {
      storage.set(key, draft);
      set({ draft });
    };
    const send = (items: readonly ScreeningItem[]): Promise<Envelope<ScreeningView>> | ScreeningErrors => {
      const { draft, view } = get();
      if (view?.screening?.outcome === 'review') {
        const { errors, input } = checkDecisionDraft(draft);
        if (Object.keys(errors).length) return errors;
        return transport('projects.screening.decide', { subject, ...input }, { requestId: draft.requestId });
      }
      const { errors, input } = checkScreeningDraft(draft, items);
      if (Object.keys(errors).length) return errors;
      return transport('projects.screening.submit', { subject, ...input }, { requestId: draft.requestId });
    };
    return {
      view: null,
      loadError: null,
      draft: reviveScreeningDraft(storage.get(key), requestIds()),
      errors: {},
      isBusy: false,
      load: async () => {
        const answer = await transport('projects.screening.get', { subject });
        set(answer.ok ? { view: answer.data, loadError: null } : { loadError: answer.error.message });
      },
      update: (patch) => {
        const errors = { ...get().errors };
        delete errors.form;
        // An item answered again loses its message; the rest stay until the next submit.
        for (const [id, a] of Object.entries(patch.answers ?? {}))
          if (a !== get().draft.answers[id]) delete errors[itemKey(id)];
        save({ ...get().draft, ...patch });
        set({ errors });
      },
      submit: async () => {
        const items = get().view?.items ?? [];
        if (get().isBusy) return {};
        const sent = send(items);
        if (!(sent instanceof Promise)) {
          set({ errors: sent });
          return sent;
        }
        set({ isBusy: true, errors: {} });
        const answer = await sent;
        if (answer.ok) {
          storage.remove(key);
          set({ isBusy: false, view: answer.data, draft: emptyScreeningDraft(requestIds()) });
          return {};
        }
        const errors = { [errorKeyOf(answer.error, items)]: answer.error.message };
        set({ isBusy: false, errors });
        return errors;
      },
    };
  });
};

const forms = new Map<string, StoreApi<ScreeningFormState>>();
/** The app's form per subject: its draft outlives the page. */
export const screeningFormOf = (subject: Subject): StoreApi<ScreeningFormState> => {
  const id = `${subject.kind}:${subject.id}`;
  let form = forms.get(id);
  if (!form) forms.set(id, (form = createScreeningForm(subject, call, taroStorage, newRequestId)));
  return form;
};
export const useScreeningForm = (form: StoreApi<ScreeningFormState>) => useStore(form);
