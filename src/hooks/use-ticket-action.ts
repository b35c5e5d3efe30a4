import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { TicketView } from '@core/app/contract';
import type { Envelope, WireError } from '@core/kernel/errors';
import { newRequestId } from '../services/request-id';
import { ticketStores } from '../stores/ticket-stores';

/**
 * Runs one change of a ticket with a requestId kept across retries of the same intent, puts the
 * answer into the detail cache, and keeps a field error next to its field; other failures toast.
 */
export const useTicketAction = (ticketId: string) => {
  const [busy, setBusy] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<WireError | null>(null);
  const requestIds = useRef(new Map<string, string>());

  const run = async (name: string, send: (requestId: string) => Promise<Envelope<TicketView>>, done: string) => {
    if (busy) return false;
    const requestId = requestIds.current.get(name) ?? newRequestId();
    requestIds.current.set(name, requestId);
    setBusy(name);
    setFieldError(null);
    const answer = await send(requestId);
    setBusy(null);
    if (answer.ok) {
      requestIds.current.delete(name);
      ticketStores.details.getState().patch(ticketId, () => answer.data);
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    }
    // A business refusal is final for this intent: the next try is a new request.
    if (answer.error.code !== 'UNAVAILABLE') requestIds.current.delete(name);
    if (answer.error.field) setFieldError(answer.error);
    else void Taro.showToast({ title: answer.error.message, icon: 'none' });
    if (answer.error.code === 'CONFLICT') void ticketStores.details.getState().load(ticketId);
    return false;
  };
  return { busy, fieldError, run };
};
