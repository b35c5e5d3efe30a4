import { dataOf, errorOf, sendAs, setNow, snapshotAll } from '../../tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import { addUser, seededStaff, validTicket } from '../../tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { createWorkingTime } from '@core/kernel/calendar/working-time';

import { autoConfirmResolvedTickets } from './auto-confirm-tickets';

let stack: TestStack;
let send: ReturnType<typeof sendAs>;
const time = createWorkingTime(createWorkingCalendar());
const RESOLVED_AT = utcMsAt('2026-11-26', 10, 0); // Thursday

beforeEach(async () => {
  stack = await openTestStack();
  send = sendAs(stack);
  setNow(stack, utcMsAt('2026-11-26', 9, 0));
});
afterEach(() => stack.close());

const resolvedTicket = async () => {
  const { id: ticketId } = dataOf(await send('enterprise', 'tickets.create', validTicket()));
  dataOf(await send('staff', 'tickets.accept', { ticketId }));
  setNow(stack, RESOLVED_AT);
  dataOf(await send('staff', 'tickets.resolve', { ticketId, summary: '环评批复已取得' }));
  return ticketId;
};
const stored = async (id: string) => (await stack.store.get('tickets', id))!;
const titlesTo = async (userId: string) =>
  (await stack.store.find('notifications', { where: { recipientUserId: userId }, limit: 100 })).items.map(
    (m) => m.title,
  );
const ledger = async () =>
  (await stack.store.find('assessment_ledger', { limit: 100 })).items.map((e) => `${e.kind}/${e.subject}`);

describe('确认办结 and 好差评', () => {
  it('a rating of 2 closes the ticket and opens a 整改 for the leader, due in 5 working days, closable only after a contact', async () => {
    const ticketId = await resolvedTicket();
    setNow(stack, utcMsAt('2026-11-27', 11, 0));
    // Only the enterprise that filed it confirms it; to anyone else it does not exist.
    const stranger = await addUser(stack, 'u-other-ent', ['enterprise']);
    expect(errorOf(await send(stranger, 'tickets.close', { ticketId, rating: 5 })).code).toBe('NOT_FOUND');
    expect(errorOf(await send('staff', 'tickets.close', { ticketId, rating: 5 })).code).toBe('FORBIDDEN');
    const closed = dataOf(await send('enterprise', 'tickets.close', { ticketId, rating: 2, comment: '材料反复退回' }));
    expect(closed.status).toBe('closed');
    expect(closed.timeline.at(-1)?.text).toBe('企业确认办结，评价：不满意（2），材料反复退回');
    expect((await ledger()).sort()).toEqual([
      'bad_rating/person',
      'bad_rating/team',
      'on_time_close/person',
      'on_time_close/team',
    ]);
    const { leaderUserId } = await stored(ticketId);
    expect(await titlesTo(leaderUserId!)).toContain('差评整改');

    const list = dataOf(await send('leader', 'tickets.followUps', {}));
    expect(list.items).toHaveLength(1);
    const followUp = list.items[0]!;
    if (followUp.source === 'evaluation') throw new Error("expected the rating's 整改");
    // Fri 11:00 + 5 working days (37.5 h): Fri 5 h, Mon–Thu 30 h, Fri 2.5 h → next Friday 11:00.
    expect(followUp).toMatchObject({
      ticketId,
      status: 'open',
      rating: { level: 2 },
      dueAt: utcMsAt('2026-12-04', 11, 0),
    });

    // Nobody else's to see or touch.
    expect(dataOf(await send(seededStaff('u-leader-qian'), 'tickets.followUps', {})).items).toEqual([]);
    expect(errorOf(await send('enterprise', 'tickets.followUps', {})).code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);

    // The leader's 回访 of 王经理 at `at`.
    const contact = (at: number, said: string) =>
      send('leader', 'tickets.recordFollowUp', { followUpId: followUp.id, who: '王经理', at, said });
    const before = await snapshotAll(stack);
    const early = errorOf(
      await send('leader', 'tickets.closeFollowUp', { followUpId: followUp.id, summary: '已整改' }),
    );
    expect(early).toMatchObject({ code: 'INVALID_INPUT', field: 'followUpId' });
    const future = errorOf(await contact(utcMsAt('2026-12-01', 9, 0), '已致歉并说明'));
    expect(future).toMatchObject({ code: 'INVALID_INPUT', field: 'at' });
    for (const at of [0, followUp.rating.at - 1]) {
      const backdated = errorOf(await contact(at, '已致歉'));
      expect(backdated).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'at',
        message: '回访时间不能早于企业评价的时间',
      });
    }
    expect(await snapshotAll(stack)).toEqual(before);

    setNow(stack, utcMsAt('2026-11-30', 10, 0));
    const contacted = dataOf(await contact(utcMsAt('2026-11-30', 9, 30), '电话回访，已致歉，补办流程已简化'));
    expect(contacted.contact).toMatchObject({ who: '王经理', at: utcMsAt('2026-11-30', 9, 30) });
    const done = dataOf(
      await send('leader', 'tickets.closeFollowUp', { followUpId: followUp.id, summary: '已整改并回访' }),
    );
    expect(done).toMatchObject({ status: 'closed', closedAt: utcMsAt('2026-11-30', 10, 0) });
  });

  it('a good rating opens no 整改; 未解决 reopens with the reason and stops the confirmation clock', async () => {
    const ticketId = await resolvedTicket();
    const reopened = dataOf(await send('enterprise', 'tickets.reopen', { ticketId, reason: '批复文件未收到' }));
    expect(reopened.status).toBe('in_progress');
    expect((await stored(ticketId)).confirmCheckAt).toBeNull();
    dataOf(await send('staff', 'tickets.resolve', { ticketId, summary: '批复文件已寄出' }));
    dataOf(await send('enterprise', 'tickets.close', { ticketId, rating: 4 }));
    expect(await stack.store.find('follow_ups', { limit: 10 }).then((p) => p.items)).toEqual([]);
  });

  it('without an answer: a notice a working day before, then auto-confirmation after 5 working days, each once', async () => {
    const ticketId = await resolvedTicket();
    const noticeAt = time.addWorkingDaysOfTime(RESOLVED_AT, 4);
    const confirmAt = time.addWorkingDaysOfTime(RESOLVED_AT, 5);
    expect(noticeAt).toBe(utcMsAt('2026-12-02', 10, 0));
    expect(confirmAt).toBe(utcMsAt('2026-12-03', 10, 0));
    const tick = async () => {
      const [a, b] = await Promise.all([
        autoConfirmResolvedTickets(stack.deps),
        autoConfirmResolvedTickets(stack.deps),
      ]);
      return a + b + (await autoConfirmResolvedTickets(stack.deps));
    };
    setNow(stack, noticeAt - 60_000);
    expect(await tick()).toBe(0);
    setNow(stack, noticeAt + 60_000);
    expect(await tick()).toBe(1);
    expect(await titlesTo('u-demo-enterprise')).toContain('请确认办结');
    setNow(stack, confirmAt - 60_000);
    expect(await tick()).toBe(0);
    setNow(stack, confirmAt);
    expect(await tick()).toBe(1);
    const closed = await stored(ticketId);
    expect(closed).toMatchObject({
      status: 'closed',
      rating: null,
      confirmCheckAt: null,
      doneByUserId: closed.assigneeUserId,
    });
    expect(await titlesTo('u-demo-enterprise')).toContain('已自动确认办结');
    expect((await ledger()).sort()).toEqual(['on_time_close/person', 'on_time_close/team']);
    setNow(stack, confirmAt + 30 * 24 * 3600_000);
    expect(await tick()).toBe(0);
  });
});
