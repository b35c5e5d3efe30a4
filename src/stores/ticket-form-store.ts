import { createStore } from 'zustand/vanilla';
import type { TicketView } from '@core/app/contract';
import { MAX_ATTACHMENTS, type FileRef } from '@core/tickets/ticket';
import type { WireError } from '@core/kernel/errors';
import {
  checkTicketDraft,
  emptyTicketDraft,
  reviveTicketDraft,
  ticketFieldOf,
  type TicketDraft,
  type TicketDraftErrors,
} from '../pages/ticket-new/ticket-draft';
import type { KeyValueStorage } from '../services/local-storage';
import type { Transport } from '../services/transport';

export const TICKET_DRAFT_KEY = 'zd_ticket_draft';

export interface TicketFormState {
  draft: TicketDraft;
  errors: TicketDraftErrors;
  isSubmitting: boolean;
  submitError: WireError | null;
  update(patch: Partial<Omit<TicketDraft, 'requestId'>>): void;
  /** From the 服务 tab: that category chosen, the rest of the draft kept. */
  startWith(categoryId: string): void;
  addAttachment(file: FileRef): void;
  removeAttachment(fileId: string): void;
  submit(isOnSite: boolean): Promise<TicketView | null>;
}

/**
 * The 发起申请 form: saved on every change, validated with the server's schema, submitted with one
 * requestId per draft; a success starts a fresh draft.
 */
export const createTicketForm = (transport: Transport, storage: KeyValueStorage, newRequestId: () => string) =>
  createStore<TicketFormState>()((set, get) => {
    const save = (draft: TicketDraft) => {
      storage.set(TICKET_DRAFT_KEY, draft);
      return draft;
    };
    const change = (patch: Partial<TicketDraft>) => {
      const errors = Object.fromEntries(Object.entries(get().errors).filter(([k]) => !(k in patch)));
      set({ draft: save({ ...get().draft, ...patch }), errors, submitError: null });
    };
    return {
      draft: reviveTicketDraft(storage.get(TICKET_DRAFT_KEY), newRequestId()),
      errors: {},
      isSubmitting: false,
      submitError: null,
      update: change,
      startWith: (categoryId) => {
        if (get().draft.categoryId !== categoryId) change({ categoryId });
      },
      addAttachment: (file) => {
        const { attachments } = get().draft;
        if (attachments.length >= MAX_ATTACHMENTS || attachments.some((f) => f.fileId === file.fileId)) return;
        change({ attachments: [...attachments, file] });
      },
      removeAttachment: (fileId) => change({ attachments: get().draft.attachments.filter((f) => f.fileId !== fileId) }),
      submit: async (isOnSite) => {
        if (get().isSubmitting) return null;
        const check = checkTicketDraft(get().draft, isOnSite);
        if (!check.ok) {
          set({ errors: check.errors });
          return null;
        }
        set({ isSubmitting: true, submitError: null });
        const answer = await transport('tickets.create', check.input, { requestId: get().draft.requestId });
        if (answer.ok) {
          storage.remove(TICKET_DRAFT_KEY);
          set({ isSubmitting: false, draft: emptyTicketDraft(newRequestId()), errors: {} });
          return answer.data;
        }
        const field = answer.error.field ? ticketFieldOf(answer.error.field) : null;
        if (field) set({ isSubmitting: false, errors: { ...get().errors, [field]: answer.error.message } });
        else set({ isSubmitting: false, submitError: answer.error });
        return null;
      },
    };
  });
