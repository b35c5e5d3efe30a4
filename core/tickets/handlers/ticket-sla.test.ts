import { dataOf, setNow } from '@tests/support/dispatch-kit';
import { validTicket } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';

import type { CalendarSettings } from '@core/settings';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack(async () => {
  setNow(kit.stack, utcMsAt('2026-11-26', 9, 0)); // a Thursday
});

const stored = async (id: string) => (await kit.stack.store.get('tickets', id))!;

describe('SLA on every ticket view', () => {
  it('carries both clocks to the enterprise, the inbox and the staff detail', async () => {
    const { id: ticketId, sla, targets } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(sla).toMatchObject({ headlineName: '首次响应', response: { state: 'on_track', isStopped: false } });
    expect(sla?.response.dueAt).toBeGreaterThan(utcMsAt('2026-11-26', 9, 0));
    setNow(kit.stack, utcMsAt('2026-11-26', 9, 0) + 24 * 3600_000 * 30);
    const late = dataOf(await kit.send('enterprise', 'tickets.mine', { limit: 10 })).items[0];
    expect(late?.sla?.headline).toMatchObject({ state: 'overdue' });
    expect(late?.sla?.headline.text).toMatch(/^已超时 [\d.]+ 个工作小时$/);
    const inbox = dataOf(await kit.send('staff', 'tickets.inbox', { tab: 'mine', limit: 10 }));
    expect(inbox.items.find((t) => t.id === ticketId)?.sla?.headline.state).toBe('overdue');
    const staffView = dataOf(await kit.send('staff', 'tickets.get', { ticketId }));
    expect(staffView.sla?.resolution.state).toBe('overdue');
    expect(targets.resolutionWorkingDays).toBeGreaterThan(0);
  });

  it('records a pause while waiting for the enterprise and keeps the response met across a transfer', async () => {
    const { id: ticketId } = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    setNow(kit.stack, utcMsAt('2026-11-26', 9, 30));
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    setNow(kit.stack, utcMsAt('2026-11-26', 10, 0));
    const waiting = dataOf(await kit.send('staff', 'tickets.requestMaterials', { ticketId, materials: ['营业执照'] }));
    expect(waiting.sla?.resolution.text).toMatch(/^已暂停，剩余/);
    setNow(kit.stack, utcMsAt('2026-11-27', 10, 0));
    dataOf(await kit.send('enterprise', 'tickets.supplement', { ticketId, text: '已补充', attachments: [] }));
    expect((await stored(ticketId)).slaPauses).toEqual([
      { start: utcMsAt('2026-11-26', 10, 0), end: utcMsAt('2026-11-27', 10, 0) },
    ]);
    const moved = dataOf(
      await kit.send('staff', 'tickets.transfer', { ticketId, reason: '环评由窗口专办', toUserId: 'u-staff-feng' }),
    );
    expect(moved.acceptedAt).toBeNull();
    expect(moved.sla?.response).toMatchObject({ isStopped: true, text: '按时完成' });
    expect((await stored(ticketId)).respondedAt).toBe(utcMsAt('2026-11-26', 9, 30));
  });

  it('honours the office calendar in settings: a closure moves the deadline', async () => {
    const before = dataOf(await kit.send('enterprise', 'tickets.create', validTicket())).sla?.resolution.dueAt;
    const calendar = (await kit.stack.store.get<'settings', CalendarSettings>('settings', 'calendar'))!;
    await kit.stack.store.update<'settings', CalendarSettings>('settings', 'calendar', calendar.version, {
      overrides: [...calendar.overrides, { date: '2026-11-27', isWorking: false, note: '全区停电' }],
    });
    const after = dataOf(await kit.send('enterprise', 'tickets.create', validTicket())).sla?.resolution.dueAt;
    expect(before).toBeDefined();
    expect(after).toBeGreaterThan(before ?? Infinity);
  });
});

describe('SLA clocks past the published holiday table (derived statutory days)', () => {
  const withResolutionDays = async (days: number) => {
    const category = (await kit.stack.store.get('service_categories', 'environmental-impact'))!;
    const [first] = category.rules;
    await kit.stack.store.update('service_categories', category.id, category.version, {
      rules: [{ ...first!, targets: { ...first!.targets, resolutionWorkingDays: days } }],
    });
  };

  it('files on Thu 2026-12-31 16:00 with a 1-working-day target and is due Mon 2027-01-04 16:00 (元旦 off)', async () => {
    await withResolutionDays(1);
    setNow(kit.stack, utcMsAt('2026-12-31', 16, 0));
    const filed = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(filed.sla?.resolution.dueAt).toBe(utcMsAt('2027-01-04', 16, 0));
  });

  it("moves that deadline when the office closes 2027-01-04 too (the office's calendar wins)", async () => {
    await withResolutionDays(1);
    const calendar = (await kit.stack.store.get<'settings', CalendarSettings>('settings', 'calendar'))!;
    await kit.stack.store.update<'settings', CalendarSettings>('settings', 'calendar', calendar.version, {
      overrides: [...calendar.overrides, { date: '2027-01-04', isWorking: false, note: '园区停电检修' }],
    });
    setNow(kit.stack, utcMsAt('2026-12-31', 16, 0));
    const filed = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(filed.sla?.resolution.dueAt).toBe(utcMsAt('2027-01-05', 16, 0));
  });
});
