import type { StaffMember } from '@core/identity';
import { staffRepo } from '@core/identity';
import { ticketRepo } from './ticket-repo';
import type { DocStore } from '@core/kernel/store/doc-store';
import { memoryRoutingDirectory } from './memory-routing-directory';
import type { RoutingDirectory, TicketRoutingRequest } from './route-ticket';

/**
 * Reads just what routing a request can touch: the teams of its chain, their members and the
 * members' backups, and each person's open tickets. A few small reads, whatever the zone's size.
 */
export const loadRoutingDirectory = async (store: DocStore, req: TicketRoutingRequest): Promise<RoutingDirectory> => {
  const staff = staffRepo(store);
  const teamIds = [req.project?.teamId, req.category.deskTeamId, req.rules.fallbackTeamId].filter(
    (id): id is string => !!id,
  );
  const [named, reception, duty] = await Promise.all([
    staff.teamsByIds(teamIds),
    req.parkId ? staff.receptionTeamOf(req.parkId) : Promise.resolve(null),
    staff.firstDutyDesk(),
  ]);
  const teams = [...named, ...(reception ? [reception] : []), ...(duty ? [duty] : [])];
  const members = await staff.staffByIds([...new Set(teams.flatMap((t) => t.memberIds))]);
  const backupIds = members.flatMap((m) => (m.backupUserId ? [m.backupUserId] : []));
  const known = new Set(members.map((m) => m.userId));
  const backups = await staff.staffByIds([...new Set(backupIds)].filter((id) => !known.has(id)));
  const people: StaffMember[] = [...members, ...backups];
  const repo = ticketRepo(store);
  const loads = new Map(
    await Promise.all(people.map(async (p) => [p.userId, await repo.openLoadOf(p.userId)] as const)),
  );
  return memoryRoutingDirectory(teams, people, loads);
};
