import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import type { FileRef } from '@core/tickets/ticket';
import { openAttachment } from '../services/open-attachment';
import { ticketStores, useTicketDetails } from '../stores/ticket-stores';
import { useEarlierTimeline } from './use-earlier-timeline';
import { useTicketAction } from './use-ticket-action';

/**
 * What both ticket pages (the enterprise's and the staff member's) stand on: the ticket of the
 * route's id, loaded and pulled down to refresh, its changes, its timeline and opening a file.
 */
export const useTicketDetail = () => {
  const id = useRouter().params.id ?? '';
  const details = useTicketDetails();
  const entry = details.byId[id];
  const ticket = entry?.data ?? null;
  const action = useTicketAction(id);
  const timeline = useEarlierTimeline(ticket, (cursor) => ticketStores.timelinePage(id, cursor));

  useEffect(() => {
    if (id) void ticketStores.details.getState().load(id);
  }, [id]);
  usePullDownRefresh(
    () =>
      void ticketStores.details
        .getState()
        .load(id)
        .finally(() => Taro.stopPullDownRefresh()),
  );

  const open = (file: FileRef) =>
    openAttachment(file, id).then((problem) => {
      if (problem) void Taro.showToast({ title: problem, icon: 'none' });
    });
  return { id, entry, ticket, action, timeline, open, reload: () => void details.load(id) };
};

export type TicketDetail = ReturnType<typeof useTicketDetail>;
