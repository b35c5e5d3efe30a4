import { dataOf, errorOf, snapshotAll, type As } from '@tests/support/dispatch-kit';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const inboxOf = async (userId: string) =>
  (await kit.stack.store.find('notifications', { where: { recipientUserId: userId }, limit: 100 })).items;
const titlesOf = async (userId: string) => (await inboxOf(userId)).map((m) => m.title).sort();

const book = async (over: Parameters<typeof validBooking>[0] = {}) =>
  dataOf(await kit.send('investor', 'visits.book', validBooking(over))).id;

describe('visit changes write to the right inboxes', () => {
  it('tells the investor, the host and every park team of a new itinerary', async () => {
    const visitId = await book({ parkIds: ['jingde-smart', 'new-materials'] });
    expect(await titlesOf('u-demo-investor')).toEqual(['考察预约已提交']);
    expect(await titlesOf('u-demo-staff')).toEqual(['新的考察预约']);
    expect(await titlesOf('u-demo-leader')).toEqual(['园区新增考察预约']);
    expect(await titlesOf('u-leader-qian')).toEqual(['园区新增考察预约']);
    expect((await inboxOf('u-demo-staff'))[0]?.page).toBe(`/subpackages/staff/pages/visit/index?id=${visitId}`);
    expect((await inboxOf('u-demo-investor'))[0]?.page).toBe(`/pages/visit-detail/index?id=${visitId}`);
  });

  it('tells the investor of a confirmation (with the host) and of a decline (with the reason)', async () => {
    const a = await book();
    const b = await book({ halfDay: 'am' });
    dataOf(await kit.send('staff', 'visits.confirm', { visitId: a }));
    dataOf(await kit.send('staff', 'visits.decline', { visitId: b, reason: '当天园区停电检修' }));
    const inbox = await inboxOf('u-demo-investor');
    expect(inbox.find((m) => m.title === '考察预约已确认')?.body).toContain('张专员（演示）');
    expect(inbox.find((m) => m.title === '考察预约未能安排')?.body).toContain('当天园区停电检修');
  });

  it('tells the host when the investor reschedules or cancels', async () => {
    const a = await book();
    const b = await book({ halfDay: 'am' });
    dataOf(
      await kit.send('investor', 'visits.reschedule', {
        visitId: a,
        date: '2026-12-01',
        halfDay: 'pm',
        reason: '航班改签',
      }),
    );
    dataOf(await kit.send('investor', 'visits.cancel', { visitId: b, reason: '项目暂缓' }));
    const inbox = await inboxOf('u-demo-staff');
    expect(inbox.find((m) => m.title === '客商申请改期')?.body).toContain('2026-11-30 下午 改为 2026-12-01 下午');
    expect(inbox.find((m) => m.title === '客商取消考察')?.body).toContain('项目暂缓');
  });
});

describe('message centre', () => {
  it('lists newest first page by page, counts unread, and marks read', async () => {
    setNowSeq();
    for (const halfDay of ['am', 'pm'] as const) await book({ halfDay });
    await book({ date: '2026-12-01', parkIds: ['new-materials'] }); // a third in one park and week would pass the fair-use limit
    const first = dataOf(await kit.send('investor', 'messages.list', { limit: 2 }));
    const second = dataOf(await kit.send('investor', 'messages.list', { limit: 2, cursor: first.next }));
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(3);
    expect(second.next).toBeNull();
    expect(all.map((m) => m.createdAt)).toEqual([...all.map((m) => m.createdAt)].sort((x, y) => y - x));
    expect(dataOf(await kit.send('investor', 'messages.unreadCount', {}))).toEqual({ count: 3 });

    const [newest] = all;
    expect(dataOf(await kit.send('investor', 'messages.markRead', { ids: [newest?.id ?? ''] }))).toEqual({
      marked: 1,
      remaining: 2,
    });
    expect(dataOf(await kit.send('investor', 'messages.list', {})).items.filter((m) => m.isRead)).toHaveLength(1);
    expect(dataOf(await kit.send('investor', 'messages.markRead', { all: true }))).toEqual({ marked: 2, remaining: 0 });
    expect(dataOf(await kit.send('investor', 'messages.unreadCount', {}))).toEqual({ count: 0 });
  });

  it("never marks or shows someone else's messages", async () => {
    await book();
    const staffMessage = (await inboxOf('u-demo-staff'))[0];
    expect(dataOf(await kit.send('investor', 'messages.markRead', { ids: [staffMessage?.id ?? ''] }))).toEqual({
      marked: 0,
      remaining: 1,
    });
    expect((await inboxOf('u-demo-staff'))[0]?.readAt).toBeNull();
    expect(dataOf(await kit.send('enterprise', 'messages.list', {})).items).toEqual([]);
    expect(dataOf(await kit.send({ openid: 'o-visitor' }, 'messages.unreadCount', {}))).toEqual({ count: 0 });
  });

  it.each([
    ['messages.list', {}],
    ['messages.unreadCount', {}],
    ['messages.markRead', { all: true }],
  ] as const)('%s needs an identity', async (action, input) => {
    expect(errorOf(await kit.send(null, action, input)).code).toBe('UNAUTHENTICATED');
    const as: As[] = ['investor', 'enterprise', 'staff', 'leader', 'admin', { openid: 'o-visitor' }];
    for (const caller of as) expect((await kit.send(caller, action, input)).ok).toBe(true);
  });

  it.each([
    [{}, 'ids'],
    [{ ids: ['a'], all: true }, 'ids'],
    [{ ids: [] }, 'ids'],
    [{ all: false }, 'all'],
    [{ ids: ['a'], extra: 1 }, 'extra'],
  ])('markRead %j → INVALID_INPUT on %s, nothing written', async (input, field) => {
    await book();
    const before = await snapshotAll(kit.stack);
    expect(errorOf(await kit.send('investor', 'messages.markRead', input))).toMatchObject({
      code: 'INVALID_INPUT',
      field,
    });
    expect(await snapshotAll(kit.stack)).toEqual(before);
  });
});

/** Each booking a minute after the last, so "newest first" has something to order. */
const setNowSeq = () => {
  let t = kit.stack.deps.clock.now();
  kit.stack.deps.clock = { now: () => (t += 60_000) };
};
