import type { VisitHandler } from '../visit-actions';
import { localDateOf, utcMsAt } from '@core/kernel/calendar/local-date';
import type { Visit } from '../visit';
import { AppError, conflict, forbidden } from '@core/kernel/errors';
import { staffRepo } from '@core/identity';
import { visitRepo } from '../visit-repo';
import { changeVisit } from '../change-visit';
import { STAFF_VIEWERS } from '../visit-access';
import { assertCanChange } from '../visit-rules';
import { releaseVisitSlots } from '../repo/slot-counters';
import { toVisitCard } from '../visit-view';
import { confirmedMessages, declinedMessages } from '../visit-messages';

export const staffList: VisitHandler<'visits.staffList'> = async (input, { caller, deps }) => {
  const userId = caller.user?.id;
  if (!userId) throw forbidden();
  // Visits go to park reception teams only; a person's project and desk teams have none.
  const teams = (await staffRepo(deps.store).teamsOf(userId))
    .filter((t) => t.kind === 'park_reception')
    .map((t) => ({ id: t.id, name: t.name }));
  const teamId = input.teamId ?? teams[0]?.id ?? null;
  if (teamId === null) return { teams, teamId, items: [], next: null };
  if (!teams.some((t) => t.id === teamId)) throw forbidden('不是该接待组成员');
  const from = input.from ?? localDateOf(deps.clock.now());
  const page = await visitRepo(deps.store).listByTeam(teamId, utcMsAt(from, 0), input.includeClosed, input);
  return { teams, teamId, items: page.items.map((v) => toVisitCard(v, 'team')), next: page.next };
};

const hostName = (visit: Visit): string => (visit.host ? `${visit.host.name}（${visit.host.title}）` : '待分派');

const assertStarted = (visit: Visit, now: number): void => {
  if (now < visit.startsAt) throw conflict('考察尚未开始，不能标记结果');
};

export const confirm: VisitHandler<'visits.confirm'> = ({ visitId }, ctx) =>
  changeVisit(ctx, visitId, STAFF_VIEWERS, (visit) => {
    assertCanChange(visit, 'confirm');
    if (!visit.host) throw new AppError('CONFLICT', '尚未分派接待人员，请联系招商办');
    return {
      patch: { status: 'confirmed' },
      events: [{ kind: 'confirmed', text: `确认接待，接待人：${hostName(visit)}` }],
      messages: confirmedMessages,
    };
  });

export const decline: VisitHandler<'visits.decline'> = ({ visitId, reason }, ctx) =>
  changeVisit(ctx, visitId, STAFF_VIEWERS, (visit) => {
    assertCanChange(visit, 'decline');
    return {
      patch: { status: 'declined', closingReason: reason },
      events: [{ kind: 'declined', text: `未能接待：${reason}` }],
      alsoInTx: (tx) => releaseVisitSlots(tx, visit.parkIds, visit.date, visit.halfDay),
      messages: (updated) => declinedMessages(updated, reason),
    };
  });

export const complete: VisitHandler<'visits.complete'> = ({ visitId }, ctx) =>
  changeVisit(ctx, visitId, STAFF_VIEWERS, (visit, _rules, now) => {
    assertCanChange(visit, 'complete');
    assertStarted(visit, now);
    return { patch: { status: 'completed' }, events: [{ kind: 'completed', text: '考察已完成' }] };
  });

export const noShow: VisitHandler<'visits.noShow'> = ({ visitId }, ctx) =>
  changeVisit(ctx, visitId, STAFF_VIEWERS, (visit, _rules, now) => {
    assertCanChange(visit, 'noShow');
    assertStarted(visit, now);
    return { patch: { status: 'no_show' }, events: [{ kind: 'no_show', text: '客商未到访' }] };
  });

export const note: VisitHandler<'visits.note'> = ({ visitId, text }, ctx) =>
  changeVisit(ctx, visitId, STAFF_VIEWERS, () => ({
    patch: {},
    events: [{ kind: 'note', text, isInternal: true }],
  }));
