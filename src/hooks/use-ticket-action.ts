import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TicketView } from '@core/app/contract';
import type { Envelope, WireError } from '@core/kernel/errors';
import { ticketStores, type TicketChangeRequest } from '../stores/ticket-stores';

/**
 * Runs one change of a ticket through the ticket store (one requestId per intended change, kept
 * across a retry of it; the answer replaces the ticket on its page), keeps a field error next to its
 * field and toasts the rest; a CONFLICT reloads the ticket as it now is.
 */
export const useTicketAction = (ticketId: string) => {
  const [busy, setBusy] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<WireError | null>(null);

  const settle = (answer: Envelope<TicketView>, done: string): boolean => {
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
  /** Resolves to whether the change was made. */
  const run = (name: string, change: TicketChangeRequest, done: string): Promise<boolean> => {
    if (busy) return Promise.resolve(false);
    setBusy(name);
    setFieldError(null);
    return ticketStores.changeTicket(change).then((answer) => settle(answer, done));
  };
  return { busy, fieldError, run };
};

export type TicketAction = ReturnType<typeof useTicketAction>;
