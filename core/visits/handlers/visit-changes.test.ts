import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { useTestStack } from '@tests/support/use-test-stack';
import { expectRacedCountersExact, raceCancelAndReschedules } from '@tests/support/visit-race';

const kit = useTestStack();

const used = async (date: string, halfDay: 'am' | 'pm', parkId = 'jingde-smart') =>
  (await kit.stack.store.get('visit_slots', `${parkId}|${date}|${halfDay}`))?.used ?? 0;

const bookOne = async (over: Parameters<typeof validBooking>[0] = {}) =>
  dataOf(await kit.send('investor', 'visits.book', validBooking(over)));

// The booked slot starts Monday 2026-11-30 14:30 in Beijing; the cut-off is Sunday 14:30.
const BEFORE_CUTOFF = Date.UTC(2026, 10, 29, 6, 29);
const AT_CUTOFF = Date.UTC(2026, 10, 29, 6, 30);
const AFTER_START = Date.UTC(2026, 10, 30, 7, 0);

describe('investor changes', () => {
  it('cancels with a reason, frees the places, and tells the timeline', async () => {
    const visit = await bookOne({ parkIds: ['jingde-smart', 'new-materials'] });
    const cancelled = dataOf(await kit.send('investor', 'visits.cancel', { visitId: visit.id, reason: '行程有变' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', closingReason: '行程有变', canChange: false });
    expect(cancelled.timeline.map((e) => e.text)).toContain('取消预约：行程有变');
    expect(await used('2026-11-30', 'pm')).toBe(0);
    expect(await used('2026-11-30', 'pm', 'new-materials')).toBe(0);
    expect(errorOf(await kit.send('investor', 'visits.cancel', { visitId: visit.id, reason: '再取消' }))).toMatchObject(
      {
        code: 'CONFLICT',
      },
    );
  });

  it('reschedules: old places freed, new ones taken, status 已改期', async () => {
    const visit = await bookOne();
    const moved = dataOf(
      await kit.send('investor', 'visits.reschedule', {
        visitId: visit.id,
        date: '2026-12-01',
        halfDay: 'am',
        reason: '改到周二',
      }),
    );
    expect(moved).toMatchObject({
      status: 'rescheduled',
      date: '2026-12-01',
      halfDay: 'am',
      startsAt: Date.UTC(2026, 11, 1, 1),
    });
    expect(await used('2026-11-30', 'pm')).toBe(0);
    expect(await used('2026-12-01', 'am')).toBe(1);
  });

  it('refuses a reschedule to a full, closed or identical slot and keeps the old one', async () => {
    const visit = await bookOne();
    dataOf(await kit.send({ openid: 'o-1' }, 'visits.book', validBooking({ date: '2026-12-01' })));
    dataOf(await kit.send({ openid: 'o-2' }, 'visits.book', validBooking({ date: '2026-12-01' })));
    const to = (date: string, halfDay: 'am' | 'pm') =>
      kit.send('investor', 'visits.reschedule', { visitId: visit.id, date, halfDay, reason: '调整行程' });
    expect(errorOf(await to('2026-12-01', 'pm'))).toMatchObject({ code: 'CONFLICT', message: '该时段已约满' });
    expect(errorOf(await to('2026-12-05', 'pm'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
      message: '该日期不可预约：周末',
    });
    expect(errorOf(await to('2026-11-30', 'pm'))).toMatchObject({ code: 'INVALID_INPUT', field: 'date' });
    expect(await used('2026-11-30', 'pm')).toBe(1);
    expect(await used('2026-12-01', 'pm')).toBe(2);
    expect(dataOf(await kit.send('investor', 'visits.get', { visitId: visit.id })).status).toBe('pending');
  });

  it('allows changes until the cut-off, 24 hours before the slot, and not after', async () => {
    const visit = await bookOne();
    setNow(kit.stack, BEFORE_CUTOFF);
    expect(dataOf(await kit.send('investor', 'visits.get', { visitId: visit.id })).canChange).toBe(true);
    setNow(kit.stack, AT_CUTOFF);
    const view = dataOf(await kit.send('investor', 'visits.get', { visitId: visit.id }));
    expect(view).toMatchObject({ canChange: false, changeDeadline: AT_CUTOFF });
    expect(
      errorOf(await kit.send('investor', 'visits.cancel', { visitId: visit.id, reason: '临时有事' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: '已过改期或取消截止时间，请通过接待人员联系调整',
    });
    expect(await used('2026-11-30', 'pm')).toBe(1);
  });

  it('leaves the counters exact when a cancel and reschedules race', async () => {
    for (let round = 0; round < 5; round += 1) {
      const visit = await bookOne({ halfDay: 'am', date: '2026-12-02' });
      await raceCancelAndReschedules(kit.send, visit.id);
    }
    await expectRacedCountersExact((await kit.stack.store.find('visits', { limit: 100 })).items, used);
  });
});

describe('host changes', () => {
  it('confirms: the investor then sees the host by name and title', async () => {
    const visit = await bookOne();
    const confirmed = dataOf(await kit.send('staff', 'visits.confirm', { visitId: visit.id }));
    expect(confirmed).toMatchObject({ status: 'confirmed', viewer: 'host', contactPhone: '13912345678' });
    const mine = dataOf(await kit.send('investor', 'visits.get', { visitId: visit.id }));
    expect(mine.host).toEqual({ userId: 'u-demo-staff', name: '张专员（演示）', title: '招商服务专员' });
    expect(mine.timeline.map((e) => e.kind)).toEqual(['booked', 'confirmed']);
    expect(errorOf(await kit.send('leader', 'visits.confirm', { visitId: visit.id }))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('declines with a reason and frees the places', async () => {
    const visit = await bookOne();
    const declined = dataOf(
      await kit.send('leader', 'visits.decline', { visitId: visit.id, reason: '当日园区封闭施工' }),
    );
    expect(declined).toMatchObject({ status: 'declined', closingReason: '当日园区封闭施工', viewer: 'team' });
    expect(declined.contactPhone).toBe('139****5678');
    expect(await used('2026-11-30', 'pm')).toBe(0);
  });

  it('marks completed or no-show only once the visit has started, and only when confirmed', async () => {
    const a = await bookOne();
    const b = await bookOne({ halfDay: 'am' });
    expect(errorOf(await kit.send('staff', 'visits.complete', { visitId: a.id }))).toMatchObject({ code: 'CONFLICT' });
    dataOf(await kit.send('staff', 'visits.confirm', { visitId: a.id }));
    dataOf(await kit.send('staff', 'visits.confirm', { visitId: b.id }));
    expect(errorOf(await kit.send('staff', 'visits.complete', { visitId: a.id }))).toMatchObject({
      code: 'CONFLICT',
      message: '考察尚未开始，不能标记结果',
    });
    setNow(kit.stack, AFTER_START);
    expect(dataOf(await kit.send('staff', 'visits.complete', { visitId: a.id })).status).toBe('completed');
    expect(dataOf(await kit.send('staff', 'visits.noShow', { visitId: b.id })).status).toBe('no_show');
    expect(errorOf(await kit.send('staff', 'visits.noShow', { visitId: a.id }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps notes internal: staff see them, the investor does not', async () => {
    const visit = await bookOne();
    dataOf(await kit.send('staff', 'visits.note', { visitId: visit.id, text: '客户关注行车吨位' }));
    const staffView = dataOf(await kit.send('staff', 'visits.get', { visitId: visit.id }));
    expect(staffView.timeline.filter((e) => e.kind === 'note').map((e) => e.text)).toEqual(['客户关注行车吨位']);
    const ownerView = dataOf(await kit.send('investor', 'visits.get', { visitId: visit.id }));
    expect(ownerView.timeline.some((e) => e.isInternal)).toBe(false);
  });

  it("lists the team's upcoming visits soonest first, page by page", async () => {
    for (const [n, date, halfDay] of [
      [1, '2026-12-02', 'pm'],
      [2, '2026-11-30', 'pm'],
      [3, '2026-11-30', 'am'],
      [4, '2026-12-01', 'am'],
    ] as const) {
      dataOf(await kit.send({ openid: `o-${n}` }, 'visits.book', validBooking({ date, halfDay })));
    }
    const cancelled = await bookOne({ date: '2026-12-03' });
    dataOf(await kit.send('investor', 'visits.cancel', { visitId: cancelled.id, reason: '不去了' }));
    const first = dataOf(await kit.send('staff', 'visits.staffList', { limit: 3 }));
    expect(first.teams).toEqual([{ id: 'reception-jingde-smart', name: '京德智造产业园接待组' }]);
    const second = dataOf(await kit.send('staff', 'visits.staffList', { limit: 3, cursor: first.next }));
    expect([...first.items, ...second.items].map((v) => `${v.date} ${v.halfDay}`)).toEqual([
      '2026-11-30 am',
      '2026-11-30 pm',
      '2026-12-01 am',
      '2026-12-02 pm',
    ]);
    expect(second.next).toBeNull();
    const all = dataOf(await kit.send('staff', 'visits.staffList', { includeClosed: true, limit: 10 }));
    expect(all.items).toHaveLength(5);
    expect(dataOf(await kit.send('staff', 'visits.staffList', { from: '2026-12-02' })).items).toHaveLength(1);
  });
});
