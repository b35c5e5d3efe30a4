import type { StaffMember, Team } from '@core/identity';
import type { RoutingDirectory } from './route-ticket';

/** A routing directory over data already in memory: what the store loader builds, and what tests and the bench use. */
export const memoryRoutingDirectory = (
  teams: readonly Team[],
  staff: readonly StaffMember[],
  loads: ReadonlyMap<string, number>,
): RoutingDirectory => {
  const teamsById = new Map(teams.map((t) => [t.id, t]));
  const receptionByPark = new Map(
    teams.filter((t) => t.kind === 'park_reception' && t.parkId).map((t) => [t.parkId ?? '', t]),
  );
  const duty = teams.filter((t) => t.kind === 'duty_desk').sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  const staffById = new Map(staff.map((s) => [s.userId, s]));
  return {
    teamById: (id) => teamsById.get(id),
    receptionTeamOf: (parkId) => receptionByPark.get(parkId),
    dutyDesk: () => duty,
    staffById: (id) => staffById.get(id),
    openLoad: (id) => loads.get(id) ?? 0,
  };
};
