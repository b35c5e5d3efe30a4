import { OPEN_VISIT_STATUSES, type Visit } from '../visit';
import type { DocStore, Filter, Page } from '@core/kernel/store/doc-store';

const openHostedBy = (hostUserId: string): Filter => ({ hostUserId, status: { in: OPEN_VISIT_STATUSES } });

/** The open visits a person hosts, whatever their date: what a handover moves and offboarding waits for. */
export const hostedVisits = (store: DocStore) => ({
  openPage: (hostUserId: string, limit: number): Promise<Page<Visit>> =>
    store.find('visits', { where: openHostedBy(hostUserId), limit }),
  openCount: (hostUserId: string): Promise<number> => store.count('visits', openHostedBy(hostUserId)),
});
