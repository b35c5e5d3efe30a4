import { dataOf, setNow, type sendAs } from './dispatch-kit';
import type { TestStack } from './temp-sqlite-store';
import { validBooking } from './visit-booking-fixture';

/** 2026-11-30 15:00 at +08:00: after the fixture's afternoon visit started. */
export const AFTER_VISIT = Date.UTC(2026, 10, 30, 7);

/** The investor persona's visit to 京德智造产业园 (北京某某科技有限公司, 李四), hosted and completed by 张专员. */
export const completedVisit = async (stack: TestStack, send: ReturnType<typeof sendAs>): Promise<string> => {
  const visitId = dataOf(await send('investor', 'visits.book', validBooking())).id;
  dataOf(await send('staff', 'visits.confirm', { visitId }));
  setNow(stack, AFTER_VISIT);
  dataOf(await send('staff', 'visits.complete', { visitId }));
  return visitId;
};

/** A visit turned into a lead and the lead into a project (no duplicate in the seed). */
export const projectFromVisit = async (
  stack: TestStack,
  send: ReturnType<typeof sendAs>,
): Promise<{ visitId: string; leadId: string; projectId: string }> => {
  const visitId = await completedVisit(stack, send);
  const leadId = dataOf(await send('staff', 'projects.leadFromVisit', { visitId })).id;
  const converted = dataOf(await send('staff', 'projects.fromLead', { leadId }));
  return { visitId, leadId, projectId: converted.project!.id };
};

/** 张专员 names the project's 一位领导 (赵主任) and 一套班子 (the 德知航创 专班): what 签约 needs besides screening. */
export const assignLeaderAndTeam = async (send: ReturnType<typeof sendAs>, projectId: string): Promise<void> => {
  dataOf(
    await send('staff', 'projects.edit', {
      projectId,
      leaderUserId: 'u-demo-leader',
      teamId: 'svc-project-dezhi-hangchuang',
    }),
  );
};

/** The seeded project the enterprise persona is contact of: 签约, leader 陈主任（演示）'s team. */
export const SIGNED_PROJECT_ID = 'dezhi-hangchuang';
/** The seeded demo project in 开工. */
export const CONSTRUCTION_PROJECT_ID = 'demo-precision-parts';
