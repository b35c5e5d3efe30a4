import type { TicketView } from '@core/app/contract';
import { MAX_ATTACHMENTS, type FileRef } from '@core/tickets/ticket';
import type { KeyValueStorage } from '../services/local-storage';
import type { Transport } from '../services/transport';
import { createDraftForm, type DraftFormState, type DraftFormTools } from './create-draft-form';
import { checkTicketDraft, emptyTicketDraft, reviveTicketDraft, ticketFieldOf, type TicketDraft } from './ticket-draft';

export const TICKET_DRAFT_KEY = 'zd_ticket_draft';

interface TicketActions {
  /** From the 服务 tab: that category chosen, the rest of the draft kept. */
  startWith(categoryId: string): void;
  addAttachment(file: FileRef): void;
  removeAttachment(fileId: string): void;
}

/** submit(isOnSite): a 零距离上门 category also needs the preferred time. */
export type TicketFormState = DraftFormState<TicketDraft, TicketView, boolean> & TicketActions;

const ticketActions = ({ draft, update }: DraftFormTools<TicketDraft>): TicketActions => ({
  startWith: (categoryId) => {
    if (draft().categoryId !== categoryId) update({ categoryId });
  },
  addAttachment: (file) => {
    const { attachments } = draft();
    if (attachments.length >= MAX_ATTACHMENTS || attachments.some((f) => f.fileId === file.fileId)) return;
    update({ attachments: [...attachments, file] });
  },
  removeAttachment: (fileId) => update({ attachments: draft().attachments.filter((f) => f.fileId !== fileId) }),
});

/** The 发起申请 form (see createDraftForm): one requestId per draft; a success starts a fresh draft. */
export const createTicketForm = (transport: Transport, storage: KeyValueStorage, newRequestId: () => string) =>
  createDraftForm(
    {
      storageKey: TICKET_DRAFT_KEY,
      empty: emptyTicketDraft,
      revive: reviveTicketDraft,
      check: checkTicketDraft,
      fieldOf: ticketFieldOf,
      send: (input, requestId) => transport('tickets.create', input, { requestId }),
    },
    { storage, newRequestId },
    ticketActions,
  );
