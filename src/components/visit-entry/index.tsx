import { useEffect, type ReactNode } from 'react';
import type { VisitView } from '@core/app/contract';
import { useEarlierTimeline } from '../../hooks/use-earlier-timeline';
import { useVisitDetails, visitStores } from '../../stores/visit-stores';
import { StateView } from '../state-view';

/** The visit a page shows (the booker's and the host's): loaded on open, with its earlier timeline pages. */
export function useVisitEntry(id: string) {
  const details = useVisitDetails();
  const entry = details.byId[id];
  const visit = entry?.data ?? null;
  const timeline = useEarlierTimeline(visit, (cursor) => visitStores.timelinePage(id, cursor));
  useEffect(() => {
    if (id) void visitStores.details.getState().load(id);
  }, [id]);
  return { id, entry, visit, timeline, retry: () => void details.load(id) };
}

/** The visit through StateView: ready but empty when the route names none; children draw it. */
export function VisitEntryView(props: {
  page: ReturnType<typeof useVisitEntry>;
  emptyText: string;
  children: (visit: VisitView) => ReactNode;
}) {
  const { id, entry, visit, retry } = props.page;
  return (
    <StateView
      status={entry?.status ?? (id ? 'loading' : 'ready')}
      error={entry?.error ?? null}
      isEmpty={!visit}
      emptyText={props.emptyText}
      onRetry={retry}
    >
      {visit && props.children(visit)}
    </StateView>
  );
}
