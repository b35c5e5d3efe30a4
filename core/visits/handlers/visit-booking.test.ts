import { dataOf, errorOf, setNow, snapshotAll } from '@tests/support/dispatch-kit';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';

import type { VisitSettings } from '@core/settings';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const slot = (parkId: string, date: string, halfDay: 'am' | 'pm') =>
  kit.stack.store.get('visit_slots', `${parkId}|${date}|${halfDay}`);

const setCapacity = async (capacityPerSlot: number) => {
  const current = await kit.stack.store.get<'settings', VisitSettings>('settings', 'visits');
  await kit.stack.store.update<'settings', VisitSettings>('settings', 'visits', current?.version ?? 0, {
    capacityPerSlot,
  });
};

describe('visits.availability', () => {
  it('closes the derived statutory holidays of 2027, named, while the table carries only 2026', async () => {
    setNow(kit.stack, utcMsAt('2026-12-20', 10, 0));
    const answer = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-12-20', to: '2027-01-19' }),
    );
    const newYear = answer.days.find((d) => d.date === '2027-01-01');
    expect(newYear).toMatchObject({ isBookable: false, reason: 'holiday' });
    expect(newYear?.reasonText).toBe('法定节假日 · 元旦（按法定假日推算，调休安排待公布）');
    expect(answer.days.find((d) => d.date === '2027-01-04')).toMatchObject({ isBookable: true });
  });

  it('refuses a booking on 元旦 2027', async () => {
    setNow(kit.stack, utcMsAt('2026-12-20', 10, 0));
    const answer = await kit.send('investor', 'visits.book', validBooking({ date: '2027-01-01' }));
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field: 'date' });
  });

  it('lists days from real rules: weekend, notice, window, and places per half-day', async () => {
    const answer = dataOf(
      await kit.send(null, 'visits.availability', {
        parkIds: ['jingde-smart', 'new-materials'],
        from: '2026-11-27',
        to: '2026-12-27',
      }),
    );
    expect(answer).toMatchObject({ earliest: '2026-11-30', latest: '2026-12-27', cutoffHours: 24 });
    expect(answer.days).toHaveLength(31);
    const byDate = new Map(answer.days.map((d) => [d.date, d]));
    expect(byDate.get('2026-11-27')?.reasonText).toBe('提前量不足');
    expect(byDate.get('2026-11-28')?.reasonText).toBe('周末');
    expect(byDate.get('2026-11-30')).toMatchObject({
      isBookable: true,
      slots: [
        { halfDay: 'am', remaining: 2 },
        { halfDay: 'pm', remaining: 2 },
      ],
    });
  });

  it('shows National Day 2026 closed and the 调休 Saturday open', async () => {
    setNow(kit.stack, Date.UTC(2026, 8, 28, 2)); // Monday 2026-09-28, 10:00 in Beijing
    const { days } = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['aviation'], from: '2026-09-30', to: '2026-10-12' }),
    );
    const reasons = Object.fromEntries(days.map((d) => [d.date, d.reasonText]));
    expect(reasons).toMatchObject({
      '2026-09-30': null,
      '2026-10-01': '法定节假日 · 国庆节',
      '2026-10-07': '法定节假日 · 国庆节',
      '2026-10-08': null,
      '2026-10-10': null,
      '2026-10-11': '周末',
    });
  });

  it('marks the first day’s slots already inside the change cut-off, by the injected clock', async () => {
    // Sunday 12:00: Monday 09:00 is less than 24 h away (fixed once booked), Monday 14:30 is not.
    setNow(kit.stack, utcMsAt('2026-11-29', 12, 0));
    const { earliest, days } = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-11-30' }),
    );
    expect(earliest).toBe('2026-11-30');
    expect(days[0]?.slots.map((s) => [s.halfDay, s.isFixedOnceBooked])).toEqual([
      ['am', true],
      ['pm', false],
    ]);
  });

  it('counts booked places and calls a day full when both halves are', async () => {
    dataOf(await kit.send('investor', 'visits.book', validBooking({ halfDay: 'am' })));
    dataOf(await kit.send({ openid: 'o-1' }, 'visits.book', validBooking({ halfDay: 'am' })));
    const { days } = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-11-30' }),
    );
    expect(days[0]?.slots).toEqual([
      { halfDay: 'am', remaining: 0, isFixedOnceBooked: false },
      { halfDay: 'pm', remaining: 2, isFixedOnceBooked: false },
    ]);
    dataOf(await kit.send({ openid: 'o-2' }, 'visits.book', validBooking()));
    dataOf(await kit.send({ openid: 'o-3' }, 'visits.book', validBooking()));
    const after = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-11-30' }),
    );
    expect(after.days[0]).toMatchObject({ isBookable: false, reasonText: '已约满' });
  });

  it.each([
    [{ parkIds: ['jingde-smart'], from: '2026-12-05', to: '2026-12-01' }, 'to'],
    [{ parkIds: ['jingde-smart'], from: '2026-12-01', to: '2027-01-01' }, 'to'],
    [{ parkIds: ['atlantis'], from: '2026-12-01', to: '2026-12-02' }, 'parkIds'],
  ])('refuses %j naming %s', async (input, field) => {
    expect(errorOf(await kit.send(null, 'visits.availability', input))).toMatchObject({ code: 'INVALID_INPUT', field });
  });
});

describe('visits.book', () => {
  it('books, routes to the backup of the colleague on leave, and records why on the timeline', async () => {
    const view = dataOf(
      await kit.send('investor', 'visits.book', validBooking({ parkIds: ['jingde-smart', 'new-materials'] })),
    );
    expect(view).toMatchObject({
      status: 'pending',
      parkNames: ['京德智造产业园', '新材料产业园'],
      date: '2026-11-30',
      halfDay: 'pm',
      startsAt: Date.UTC(2026, 10, 30, 6, 30),
      viewer: 'owner',
      contactPhone: '13912345678',
      host: null, // shown to the investor once confirmed
      canChange: true,
    });
    expect(view.timeline.map((e) => e.kind)).toEqual(['booked']);
    const stored = await kit.stack.store.get('visits', view.id);
    expect(stored?.teamIds).toEqual(['reception-jingde-smart', 'reception-new-materials']);
    expect(stored?.host).toEqual({ userId: 'u-demo-staff', name: '张专员（演示）', title: '招商服务专员' });

    const staffView = dataOf(await kit.send('staff', 'visits.get', { visitId: view.id }));
    const routed = staffView.timeline.find((e) => e.kind === 'routed');
    expect(routed).toMatchObject({ isInternal: true, actorName: '系统' });
    expect(routed?.text).toContain('刘专员（演示）休假，由AB岗张专员（演示）代岗');
    expect((await kit.stack.store.get('staff', 'u-demo-staff'))?.lastAssignedAt).toBe(kit.stack.deps.clock.now());
    expect((await slot('jingde-smart', '2026-11-30', 'pm'))?.used).toBe(1);
    expect((await slot('new-materials', '2026-11-30', 'pm'))?.used).toBe(1);
  });

  it('sends someone who already has a project to that project team first ("五个一"), still telling each park', async () => {
    // 王经理 (enterprise persona) owns the 北京德知航创 project, whose team is led by 赵主任.
    const view = dataOf(await kit.send('enterprise', 'visits.book', validBooking({ parkIds: ['new-materials'] })));
    const stored = await kit.stack.store.get('visits', view.id);
    expect(stored?.teamIds).toEqual(['svc-project-dezhi-hangchuang', 'reception-new-materials']);
    const staffView = dataOf(await kit.send('leader', 'visits.get', { visitId: view.id }));
    expect(staffView.timeline.find((e) => e.kind === 'routed')?.text).toMatch(/^北京德知航创科技有限公司入驻项目/);
  });

  it('balances hosts by upcoming visits within a team', async () => {
    const hosts: (string | undefined)[] = [];
    for (const n of [1, 2, 3]) {
      const view = dataOf(
        await kit.send(
          { openid: `o-${n}` },
          'visits.book',
          validBooking({ parkIds: ['new-materials'], halfDay: n % 2 ? 'am' : 'pm' }),
        ),
      );
      hosts.push((await kit.stack.store.get('visits', view.id))?.hostUserId ?? undefined);
    }
    expect(hosts).toEqual(['u-staff-chen', 'u-staff-sun', 'u-staff-chen']);
  });

  it('makes a visitor an investor with the details they gave', async () => {
    dataOf(await kit.send({ openid: 'o-new' }, 'visits.book', validBooking()));
    const { items } = await kit.stack.store.find('users', { where: { openid: 'o-new' }, limit: 2 });
    expect(items).toEqual([
      expect.objectContaining({
        roles: ['investor'],
        name: '李四',
        organisation: '北京某某科技有限公司',
        phone: '13912345678',
      }),
    ]);
    const mine = dataOf(await kit.send({ openid: 'o-new' }, 'visits.mine', {}));
    expect(mine.items).toHaveLength(1);
  });

  it('answers a repeated requestId with the first visit and books once', async () => {
    const first = dataOf(await kit.send('investor', 'visits.book', validBooking(), 'same-request-1'));
    const again = dataOf(await kit.send('investor', 'visits.book', validBooking(), 'same-request-1'));
    expect(again.id).toBe(first.id);
    expect(await kit.stack.store.count('visits')).toBe(1);
    expect((await slot('jingde-smart', '2026-11-30', 'pm'))?.used).toBe(1);
  });

  it('gives exactly 3 of 50 concurrent bookings a slot of capacity 3, and CONFLICT to the other 47', async () => {
    await setCapacity(3);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) => kit.send({ openid: `o-race-${n}` }, 'visits.book', validBooking())),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    const failures = answers.flatMap((a) => (a.ok ? [] : [a.error]));
    expect(failures).toHaveLength(47);
    expect(failures.every((e) => e.code === 'CONFLICT' && e.message === '该时段已约满')).toBe(true);
    expect(await kit.stack.store.count('visits')).toBe(3);
    expect((await slot('jingde-smart', '2026-11-30', 'pm'))?.used).toBe(3);
  });

  it('reserves every park of an itinerary or none', async () => {
    await setCapacity(1);
    dataOf(await kit.send({ openid: 'o-1' }, 'visits.book', validBooking({ parkIds: ['new-materials'] })));
    const refused = await kit.send(
      { openid: 'o-2' },
      'visits.book',
      validBooking({ parkIds: ['jingde-smart', 'new-materials'] }),
    );
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', message: '该时段已约满' });
    expect(await slot('jingde-smart', '2026-11-30', 'pm')).toBeNull();
    expect(await kit.stack.store.count('visits')).toBe(1);
    expect(await kit.stack.store.count('users', { openid: 'o-2' })).toBe(0);
  });

  it('puts a booking made at 23:30 Beijing time on that day, and one at 00:30 on the next', async () => {
    // Thursday 2026-11-26 23:30 in Beijing: Friday the 27th is one working day ahead.
    setNow(kit.stack, Date.UTC(2026, 10, 26, 15, 30));
    const late = dataOf(await kit.send('investor', 'visits.book', validBooking({ date: '2026-11-27' })));
    expect(late.date).toBe('2026-11-27');
    // Friday 00:30 in Beijing is still Thursday in UTC; Friday is now too soon.
    setNow(kit.stack, Date.UTC(2026, 10, 26, 16, 30));
    expect(errorOf(await kit.send('investor', 'visits.book', validBooking({ date: '2026-11-27' })))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
      message: '该日期不可预约：提前量不足',
    });
  });

  it.each([
    ['2026-11-28', '周末'],
    ['2026-11-27', '提前量不足'],
    ['2026-12-28', '超出预约范围'],
  ])('refuses %s (%s) and writes nothing', async (date, why) => {
    const before = await snapshotAll(kit.stack);
    expect(errorOf(await kit.send('investor', 'visits.book', validBooking({ date })))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
      message: `该日期不可预约：${why}`,
    });
    expect(await snapshotAll(kit.stack)).toEqual(before);
  });

  it('refuses a National Day date', async () => {
    setNow(kit.stack, Date.UTC(2026, 8, 28, 2));
    expect(errorOf(await kit.send('investor', 'visits.book', validBooking({ date: '2026-10-02' })))).toMatchObject({
      field: 'date',
      message: '该日期不可预约：法定节假日',
    });
    expect(dataOf(await kit.send('investor', 'visits.book', validBooking({ date: '2026-10-10' }))).date).toBe(
      '2026-10-10',
    );
  });
});
