import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TeamRef, VisitCard } from '@core/app/contract';
import { call, type Transport } from '../services/transport';
import { createPagedListStore } from './create-paged-list-store';
import { visitStores } from './visit-stores';

export interface StaffFilter {
  teamId: string | null;
  includeClosed: boolean;
}

/**
 * The visit stores only staff pages use (接待考察: the teams' visits); apart from visit-stores.ts so
 * they stay in the staff subpackage, out of the main package. A change of a visit reads a loaded list again.
 */
export const makeStaffVisitStores = (transport: Transport, visits: Pick<typeof visitStores, 'listsToReload'>) => {
  const staffTeams = createStore<{ teams: TeamRef[]; teamId: string | null }>()(() => ({ teams: [], teamId: null }));
  const staffList = createPagedListStore<VisitCard, StaffFilter>(
    (filter, cursor) =>
      transport('visits.staffList', {
        ...(filter.teamId ? { teamId: filter.teamId } : {}),
        includeClosed: filter.includeClosed,
        limit: 20,
        cursor,
      }).then((answer) => {
        if (answer.ok) staffTeams.setState({ teams: answer.data.teams, teamId: answer.data.teamId });
        return answer;
      }),
    { teamId: null, includeClosed: false },
  );
  visits.listsToReload.push({
    reloadIfLoaded: () => {
      if (staffList.getState().status !== 'idle') void staffList.getState().reload();
    },
  });
  return { staffTeams, staffList };
};

export const staffVisitStores = makeStaffVisitStores(call, visitStores);

export const useStaffVisits = () => useStore(staffVisitStores.staffList);
export const useStaffTeams = () => useStore(staffVisitStores.staffTeams);
