import type { DocOf } from '@core/kernel/store/collections';
import { dataOf, errorOf } from '../../tests/support/dispatch-kit';
import { validTicket } from '../../tests/support/ticket-fixture';
import { validBooking } from '../../tests/support/visit-booking-fixture';
import { DEFAULT_VISIT_SETTINGS } from './visit-settings';
import type { StoredDoc } from '@core/kernel/store/doc-store';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

/** A hand edit of a settings document, as the office would do in the cloud console. */
const handEdit = async (doc: StoredDoc & Record<string, unknown>): Promise<void> => {
  await kit.stack.store.remove('settings', doc.id);
  // A hand edit is whatever the office typed: the reader, not the compiler, must catch it.
  await kit.stack.store.insert('settings', doc as unknown as DocOf<'settings'>);
};

const adminNotices = async (): Promise<string[]> => dataOf(await kit.send('admin', 'account.whoami', {})).notices;

describe('hand-edited settings are reported, not obeyed', () => {
  it('a visits document without capacityPerSlot keeps the default two groups per slot', async () => {
    const { capacityPerSlot: _dropped, ...rest } = DEFAULT_VISIT_SETTINGS;
    await handEdit(rest);
    dataOf(await kit.send({ openid: 'o-a' }, 'visits.book', validBooking({ contactName: '张甲' })));
    dataOf(await kit.send({ openid: 'o-b' }, 'visits.book', validBooking({ contactName: '李乙' })));
    const third = errorOf(await kit.send({ openid: 'o-c' }, 'visits.book', validBooking({ contactName: '王丙' })));
    expect(third.code).toBe('CONFLICT');
    expect(await adminNotices()).toEqual(
      expect.arrayContaining([expect.stringMatching(/考察预约设置有误（capacityPerSlot：此项为必填）/)]),
    );
  });

  it('calendar.overrides = {} leaves availability, booking and tickets.create working on the official calendar', async () => {
    await handEdit({ id: 'calendar', version: 1, overrides: {} });
    const days = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-12-01' }),
    );
    expect(days.earliest).toBe('2026-11-30');
    dataOf(await kit.send('investor', 'visits.book', validBooking()));
    dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(await adminNotices()).toEqual(expect.arrayContaining([expect.stringMatching(/办公日历有误/)]));
  });

  it('a calendar naming one day both off and working is refused as a whole', async () => {
    await handEdit({
      id: 'calendar',
      version: 1,
      overrides: [
        { date: '2026-11-30', isWorking: false, note: '停电' },
        { date: '2026-11-30', isWorking: true, note: '加班' },
      ],
    });
    const days = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-11-30' }),
    );
    expect(days.days[0]).toMatchObject({ date: '2026-11-30', isBookable: true });
    expect(await adminNotices()).toEqual(expect.arrayContaining([expect.stringMatching(/同一天不能既休息又上班/)]));
  });

  it('minNoticeWorkingDays = 1e6 does not block the server and the default notice applies', async () => {
    await handEdit({ ...DEFAULT_VISIT_SETTINGS, minNoticeWorkingDays: 1e6 });
    const started = performance.now();
    const days = dataOf(
      await kit.send(null, 'visits.availability', { parkIds: ['jingde-smart'], from: '2026-11-30', to: '2026-12-01' }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(days.earliest).toBe('2026-11-30');
    expect(await adminNotices()).toEqual(
      expect.arrayContaining([expect.stringMatching(/minNoticeWorkingDays：提前预约工作日不能大于 30/)]),
    );
  });

  it('windowDays = 1e9 does not open 2999-12-31 for booking', async () => {
    await handEdit({ ...DEFAULT_VISIT_SETTINGS, windowDays: 1e9 });
    const error = errorOf(await kit.send('investor', 'visits.book', validBooking({ date: '2999-12-31' })));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'date' });
    expect(error.message).toMatch(/超出预约范围/);
  });

  it('bad subscribe template ids are not sent to WeChat', async () => {
    await handEdit({ id: 'subscribe', version: 1, templateIds: { visit_result: 'x' } });
    expect(dataOf(await kit.send('investor', 'messages.subscribeTemplates', {})).templates).toEqual([]);
    expect(await adminNotices()).toEqual(expect.arrayContaining([expect.stringMatching(/订阅消息模板有误/)]));
  });

  it('a valid hand edit is obeyed and reports nothing', async () => {
    await handEdit({ ...DEFAULT_VISIT_SETTINGS, capacityPerSlot: 1 });
    dataOf(await kit.send({ openid: 'o-a' }, 'visits.book', validBooking()));
    expect(errorOf(await kit.send({ openid: 'o-b' }, 'visits.book', validBooking())).code).toBe('CONFLICT');
    expect((await adminNotices()).filter((n) => n.includes('有误'))).toEqual([]);
  });
});
