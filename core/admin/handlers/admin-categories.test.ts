import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { validTicket } from '@tests/support/ticket-fixture';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import { newCategory, newRules } from '@tests/support/category-fixture';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const EIA = 'environmental-impact';
const tighter = (over: Parameters<typeof newRules>[0] = {}) =>
  newRules({
    categoryId: EIA,
    targets: { responseWorkingHours: 2, resolutionWorkingDays: 2 },
    routing: { steps: ['duty_desk'], fallbackTeamId: 'svc-duty' },
    ...over,
  });

describe('service categories (管理后台 → 服务事项)', () => {
  it('creates a category with its materials and first rules, finds it by name, and audits before/after', async () => {
    const created = dataOf(await kit.send('admin', 'admin.categories.save', newCategory()));
    expect(created).toMatchObject({ name: '排污许可', deskTeamName: expect.any(String), problem: null });
    expect(created.rules).toMatchObject([
      { number: 1, state: 'current', targets: { resolutionWorkingDays: 10, isDefaultPendingZone: false } },
    ]);
    const found = dataOf(await kit.send('admin', 'admin.categories.list', { query: '排污' }));
    expect(found.items.map((c) => c.id)).toEqual([created.id]);
    expect(found.items[0]?.materials[1]).toEqual({ name: '环评批复', isRequired: false, note: '已取得的附上' });

    const { initialRules: _first, ...fields } = newCategory({ name: '排污许可（变更）', isActive: false });
    dataOf(await kit.send('admin', 'admin.categories.save', { ...fields, categoryId: created.id }));
    const audit = (await kit.stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'desc' }, limit: 1 }))
      .items[0];
    expect(audit).toMatchObject({
      action: 'admin.categories.save',
      target: `service_categories/${created.id}`,
      before: expect.objectContaining({ name: '排污许可', isActive: true }),
      after: expect.objectContaining({ name: '排污许可（变更）', isActive: false }),
      result: 'ok',
    });
    // Inactive: not offered, and not fileable.
    const catalog = dataOf(await kit.send('enterprise', 'tickets.catalog', { limit: 100 }));
    expect(catalog.items.map((c) => c.id)).not.toContain(created.id);
    const refused = errorOf(await kit.send('enterprise', 'tickets.create', validTicket({ categoryId: created.id })));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'categoryId' });
  });

  it('schedules a version only for a future local date, lists it as scheduled, and never edits one in force', async () => {
    // FIXED_NOW is 2026-11-27 10:00 at +08:00.
    expect(
      errorOf(await kit.send('admin', 'admin.categories.addRules', tighter({ effectiveFrom: '2026-11-27' }))),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'effectiveFrom' });
    const view = dataOf(await kit.send('admin', 'admin.categories.addRules', tighter()));
    expect(view.rules.map((r) => [r.number, r.state])).toEqual([
      [2, 'scheduled'],
      [1, 'current'],
    ]);
    expect(errorOf(await kit.send('admin', 'admin.categories.addRules', tighter()))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'effectiveFrom',
    });
    expect(
      errorOf(await kit.send('admin', 'admin.categories.withdrawRules', { categoryId: EIA, number: 1 })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'number',
    });
    setNow(kit.stack, utcMsAt('2026-11-30', 0, 0));
    const later = dataOf(await kit.send('admin', 'admin.categories.list', { query: '环评' })).items[0];
    expect(later?.rules.map((r) => [r.number, r.state])).toEqual([
      [2, 'current'],
      [1, 'past'],
    ]);
    expect(
      errorOf(await kit.send('admin', 'admin.categories.withdrawRules', { categoryId: EIA, number: 2 })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'number',
    });
  });

  it('withdraws a scheduled version', async () => {
    dataOf(await kit.send('admin', 'admin.categories.addRules', tighter()));
    const view = dataOf(await kit.send('admin', 'admin.categories.withdrawRules', { categoryId: EIA, number: 2 }));
    expect(view.rules.map((r) => r.number)).toEqual([1]);
  });

  it('a ticket filed the day before the new version keeps the old targets and routing; one filed on the day gets the new', async () => {
    dataOf(await kit.send('admin', 'admin.categories.addRules', tighter()));
    setNow(kit.stack, utcMsAt('2026-11-29', 23, 59));
    const before = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    setNow(kit.stack, utcMsAt('2026-11-30', 0, 0));
    const after = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));

    const old = await kit.stack.store.get('tickets', before.id);
    const fresh = await kit.stack.store.get('tickets', after.id);
    expect(old).toMatchObject({ rulesVersion: 1, targets: { responseWorkingHours: 4, resolutionWorkingDays: 15 } });
    expect(fresh).toMatchObject({ rulesVersion: 2, targets: { responseWorkingHours: 2, resolutionWorkingDays: 2 } });
    // Version 1 routes by the project team first; version 2 only by the duty desk it names.
    expect(old?.teamIds[0]).not.toBe('svc-duty');
    expect(fresh?.teamIds).toEqual(['svc-duty']);

    // Past the effective date the old ticket's deadline stays where version 1 put it.
    setNow(kit.stack, utcMsAt('2026-12-02', 10, 0));
    const reread = dataOf(await kit.send('enterprise', 'tickets.get', { ticketId: before.id }));
    expect(reread.sla?.resolution.dueAt).toBe(before.sla?.resolution.dueAt);
    expect(reread.targets).toEqual(before.targets);
  });

  it('a hand-edited version outside the bounds is reported to the office and not obeyed', async () => {
    const eia = (await kit.stack.store.get('service_categories', EIA))!;
    const [v1] = eia.rules;
    await kit.stack.store.update('service_categories', EIA, eia.version, {
      rules: [{ ...v1!, targets: { ...v1!.targets, resolutionWorkingDays: 1e9 } }],
    });
    const listed = dataOf(await kit.send('admin', 'admin.categories.list', { query: '环评' })).items[0];
    expect(listed?.problem).toMatch(/环评.*有误.*默认值/);
    const filed = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(filed.targets).toEqual({ responseWorkingHours: 4, resolutionWorkingDays: 5 });
  });
});
