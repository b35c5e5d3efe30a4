import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { WireError } from '../../core/errors';
import { ticketStores, type TicketChangeRequest } from '../stores/ticket-stores';

/**
 * Runs one change of a ticket through the ticket store (one requestId per intended change, kept
 * across a retry of it; the answer replaces the ticket on its page), keeps a field error next to its
 * field and toasts the rest; a CONFLICT reloads the ticket as it now is.
 */
export const useTicketAction = (ticketId: string) => {
  const [busy, setBusy] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<WireError | null>(null);

  const run = async (name: string, change: TicketChangeRequest, done: string) => {
    if (busy) return false;
    setBusy(name);
    setFieldError(null);
    const answer = await ticketStores.changeTicket(change);
    setBusy(null);
    if (answer.ok) {
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    }
    if (answer.error.field) setFieldError(answer.error);
    else void Taro.showToast({ title: answer.error.message, icon: 'none' });
    if (answer.error.code === 'CONFLICT') void ticketStores.details.getState().load(ticketId);
    return false;
  };
  return { busy, fieldError, run };
};

export type TicketAction = ReturnType<typeof useTicketAction>;
