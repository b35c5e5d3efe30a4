import { dataOf, errorOf } from '@tests/support/dispatch-kit';
import { validTicket } from '@tests/support/ticket-fixture';
import { validBooking } from '@tests/support/visit-booking-fixture';
import { HANDOVER_BATCH } from './handover-handler';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const FROM = 'u-demo-staff';
const goOnLeave = async () =>
  dataOf(
    await kit.send('admin', 'admin.staff.setLeave', {
      staffUserId: FROM,
      isOnLeave: true,
      backupUserId: 'u-staff-sun',
      leaveFrom: '2026-11-27',
      leaveTo: '2026-12-04',
      handoverNote: null,
    }),
  );
const openWork = async (userId: string) => ({
  tickets: (await kit.stack.store.find('tickets', { where: { openWithUserId: userId }, limit: 1000 })).items,
  visits: (await kit.stack.store.find('visits', { where: { hostUserId: userId }, limit: 1000 })).items,
});
const auditOf = async () =>
  (await kit.stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'asc' }, limit: 1000 })).items.filter(
    (r) => r.action === 'admin.staff.handover',
  );

describe('AB岗 handover in one step', () => {
  it('moves every open ticket and visit to the backup, with a timeline line naming who and why', async () => {
    for (let i = 0; i < HANDOVER_BATCH + 2; i += 1)
      dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const visitId = dataOf(await kit.send('investor', 'visits.book', validBooking())).id;
    const before = await openWork(FROM);
    expect(before.tickets.length).toBeGreaterThanOrEqual(HANDOVER_BATCH + 2);
    expect(before.visits.map((v) => v.id)).toContain(visitId);
    await goOnLeave();

    const result = dataOf(await kit.send('admin', 'admin.staff.handover', { staffUserId: FROM, reason: '休年假一周' }));
    expect(result).toEqual({
      toUserId: 'u-staff-sun',
      toName: '孙专员（演示）',
      movedTickets: before.tickets.length,
      movedVisits: before.visits.length,
      isDone: true,
    });
    expect(await openWork(FROM)).toEqual({ tickets: [], visits: [] });
    const after = await openWork('u-staff-sun');
    expect(after.tickets.map((t) => t.id)).toEqual(expect.arrayContaining(before.tickets.map((t) => t.id)));
    expect(after.visits.map((v) => v.host?.name)).toContain('孙专员（演示）');

    const ticket = dataOf(await kit.send('admin', 'tickets.get', { ticketId: before.tickets[0]!.id }));
    expect(ticket.timeline.at(-1)?.text).toBe(
      'AB岗移交：招商办管理员（演示）将张专员（演示）的工作移交给孙专员（演示）（招商服务专员）：休年假一周',
    );
    // One audit record per committed batch, each listing exactly what it moved.
    const lines = await auditOf();
    const listed = lines.flatMap((r) => [
      ...((r.after as { tickets?: string[] }).tickets ?? []),
      ...((r.after as { visits?: string[] }).visits ?? []),
    ]);
    expect(lines.every((r) => r.result === 'ok')).toBe(true);
    expect(listed.sort()).toEqual([...before.tickets.map((t) => t.id), ...before.visits.map((v) => v.id)].sort());
    expect(dataOf(await kit.send('admin', 'admin.audit.verify', {}))).toMatchObject({ isIntact: true });
  });

  it('is idempotent by requestId: a retry answers the same and moves nothing again', async () => {
    dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    await goOnLeave();
    const first = dataOf(
      await kit.send('admin', 'admin.staff.handover', { staffUserId: FROM, reason: '休假' }, 'req-handover-1'),
    );
    const events = await kit.stack.store.count('ticket_events');
    const again = dataOf(
      await kit.send('admin', 'admin.staff.handover', { staffUserId: FROM, reason: '休假' }, 'req-handover-1'),
    );
    expect(again).toEqual(first);
    expect(await kit.stack.store.count('ticket_events')).toBe(events);
    expect((await auditOf()).length).toBe(1);
  });

  it('refuses without a backup at work, and writes no handover', async () => {
    dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    const answer = await kit.send('admin', 'admin.staff.handover', { staffUserId: FROM, reason: '休假' });
    expect(errorOf(answer).code).toBe('CONFLICT');
    expect((await openWork(FROM)).tickets.length).toBe(1);
    expect((await auditOf()).map((r) => r.result)).toEqual(['CONFLICT']);
    expect(errorOf(await kit.send('admin', 'admin.staff.handover', { staffUserId: FROM, reason: '' })).field).toBe(
      'reason',
    );
    expect(errorOf(await kit.send('staff', 'admin.staff.handover', { staffUserId: FROM, reason: '休假' })).code).toBe(
      'FORBIDDEN',
    );
  });
});
