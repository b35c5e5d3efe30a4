import { dataOf, errorOf, snapshotAll } from '@tests/support/dispatch-kit';

import { pdf, seededStaff, validTicket } from '@tests/support/ticket-fixture';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const file = async () => dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
const messagesTo = async (userId: string) =>
  (await kit.stack.store.find('notifications', { where: { recipientUserId: userId }, limit: 100 })).items.map(
    (m) => m.title,
  );

describe('ticket lifecycle', () => {
  it('runs accept → ask for materials → supplement → reply → resolve → close, each on the timeline', async () => {
    const { id: ticketId } = await file();
    expect(dataOf(await kit.send('staff', 'tickets.accept', { ticketId })).status).toBe('accepted');
    const waiting = dataOf(
      await kit.send('staff', 'tickets.requestMaterials', {
        ticketId,
        materials: ['环境影响报告表', '项目备案证明'],
        text: '请上传盖章版',
      }),
    );
    expect(waiting).toMatchObject({
      status: 'waiting_enterprise',
      requestedMaterials: ['环境影响报告表', '项目备案证明'],
    });
    const mine = dataOf(await kit.send('enterprise', 'tickets.get', { ticketId }));
    expect(mine.can).toMatchObject({ supplement: true, cancel: false });
    const supplied = dataOf(
      await kit.send('enterprise', 'tickets.supplement', {
        ticketId,
        text: '已上传',
        attachments: [pdf('cloud://env.bucket/r.pdf')],
      }),
    );
    expect(supplied).toMatchObject({ status: 'in_progress', requestedMaterials: [] });
    expect(supplied.attachments.map((a) => a.fileId)).toEqual(['cloud://env.bucket/r.pdf']);
    dataOf(await kit.send('staff', 'tickets.note', { ticketId, text: '报告表已核，待盖章件' }));
    dataOf(await kit.send('staff', 'tickets.reply', { ticketId, text: '材料已收到，正在审核' }));
    expect(errorOf(await kit.send('staff', 'tickets.resolve', { ticketId, summary: '好' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'summary',
    });
    const resolved = dataOf(
      await kit.send('staff', 'tickets.resolve', { ticketId, summary: '环评批复已取得，文号见附件' }),
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolutionSummary: '环评批复已取得，文号见附件' });
    const seen = dataOf(await kit.send('enterprise', 'tickets.get', { ticketId }));
    expect(seen.timeline.map((e) => e.kind)).toEqual([
      'submitted',
      'routed',
      'accepted',
      'materials_requested',
      'supplemented',
      'reply',
      'resolved',
    ]);
    expect(seen.timeline.find((e) => e.kind === 'supplemented')?.attachments).toHaveLength(1);
    expect(dataOf(await kit.send('enterprise', 'tickets.close', { ticketId, rating: 5 })).status).toBe('closed');
    // Written at the same fixed instant, so compared without order.
    expect((await messagesTo('u-demo-enterprise')).sort()).toEqual(
      ['服务申请已提交', '服务申请已受理', '请补充材料', '服务申请有新答复', '服务申请已解决'].sort(),
    );
    expect(await messagesTo('u-demo-staff')).toContain('企业已补充材料');
  });

  it('lets the enterprise cancel before acceptance only', async () => {
    const a = await file();
    expect(
      dataOf(await kit.send('enterprise', 'tickets.cancel', { ticketId: a.id, reason: '已自行办理' })).status,
    ).toBe('cancelled');
    const b = await file();
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId: b.id }));
    expect(
      errorOf(await kit.send('enterprise', 'tickets.cancel', { ticketId: b.id, reason: '不需要了' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: '该申请已受理，不能取消',
    });
  });

  it('reopens a resolved ticket with a reason, back to the same person', async () => {
    const { id: ticketId } = await file();
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    dataOf(await kit.send('staff', 'tickets.resolve', { ticketId, summary: '已协调环保部门受理' }));
    const reopened = dataOf(await kit.send('enterprise', 'tickets.reopen', { ticketId, reason: '批复文件未收到' }));
    expect(reopened).toMatchObject({ status: 'in_progress', assignee: { name: '张专员（演示）' } });
    expect(await messagesTo('u-demo-leader')).toContain('负责项目的申请被重新打开');
  });

  it('two staff accepting at once: exactly one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { id: ticketId } = await file();
      const answers = await Promise.all([
        kit.send('staff', 'tickets.accept', { ticketId }),
        kit.send('leader', 'tickets.accept', { ticketId }),
      ]);
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? null : a.error.code))).toEqual(['CONFLICT']);
      const events = (await kit.stack.store.find('ticket_events', { where: { ticketId }, limit: 100 })).items.filter(
        (e) => e.kind === 'accepted',
      );
      expect(events).toHaveLength(1);
    }
  });

  it('refuses to let a staff member on leave accept, and writes nothing', async () => {
    const { id: ticketId } = await file();
    const me = await kit.stack.store.get('staff', 'u-demo-staff');
    await kit.stack.store.update('staff', 'u-demo-staff', me?.version ?? 0, { isOnLeave: true });
    const before = await snapshotAll(kit.stack);
    expect(errorOf(await kit.send('staff', 'tickets.accept', { ticketId }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('休假'),
    });
    expect(await snapshotAll(kit.stack)).toEqual(before);
  });

  it('transfers to a named colleague, who must be at work; the new person accepts again', async () => {
    const { id: ticketId } = await file();
    dataOf(await kit.send('staff', 'tickets.accept', { ticketId }));
    expect(
      errorOf(await kit.send('staff', 'tickets.transfer', { ticketId, reason: '休假交接', toUserId: 'u-staff-liu' })),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'toUserId', message: '刘专员（演示）正在休假，请选择其AB岗同事' });
    const moved = dataOf(
      await kit.send('staff', 'tickets.transfer', { ticketId, reason: '环评由窗口专办', toUserId: 'u-staff-feng' }),
    );
    expect(moved).toMatchObject({ status: 'assigned', assignee: { name: '冯专员（演示）' } });
    // 张 no longer works it but stays in the team that saw it.
    expect(dataOf(await kit.send('staff', 'tickets.get', { ticketId })).can.accept).toBe(true);
    const feng = seededStaff('u-staff-feng');
    expect(dataOf(await kit.send(feng, 'tickets.get', { ticketId })).viewerRoles).toContain('assignee');
    expect(dataOf(await kit.send(feng, 'tickets.accept', { ticketId })).status).toBe('accepted');
    expect(await messagesTo('u-staff-feng')).toEqual(['转给您的服务工单']);
  });

  it('re-routes a transfer without a name, never back to the person handing it on', async () => {
    const { id: ticketId } = await file();
    const moved = dataOf(await kit.send('staff', 'tickets.transfer', { ticketId, reason: '本人出差一周' }));
    // Project team has nobody else at work (刘 on leave) → 京德智造 reception → same → 环评 desk: 冯 or 陈.
    expect(moved.assignee?.name).toMatch(/^(冯|陈)专员/);
    const stored = await kit.stack.store.get('tickets', ticketId);
    expect(stored?.teamIds).toContain('svc-desk-environment');
    expect(stored?.teamIds).toContain('svc-project-dezhi-hangchuang');
    // The load index follows the ticket to its new owner, and lets go once it is done.
    expect(stored?.openWithUserId).toBe(stored?.assigneeUserId);
    expect(stored?.openTeamId).toBe('svc-desk-environment');
    const newOwner =
      stored?.assigneeUserId === 'u-staff-feng' ? seededStaff('u-staff-feng') : seededStaff('u-staff-chen');
    dataOf(await kit.send(newOwner, 'tickets.accept', { ticketId }));
    dataOf(await kit.send(newOwner, 'tickets.resolve', { ticketId, summary: '已协调办理完成' }));
    expect((await kit.stack.store.get('tickets', ticketId))?.openWithUserId).toBeNull();
  });

  it('lets the responsible leader reassign; a staff member cannot', async () => {
    const { id: ticketId } = await file();
    expect(
      errorOf(await kit.send('staff', 'tickets.reassign', { ticketId, reason: '调整分工', toUserId: 'u-staff-chen' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const moved = dataOf(
      await kit.send('leader', 'tickets.reassign', { ticketId, reason: '调整分工', toUserId: 'u-staff-chen' }),
    );
    expect(moved).toMatchObject({ status: 'assigned', assignee: { name: '陈专员（演示）' } });
    expect(moved.timeline.map((e) => e.text)).toContain('改派给陈专员（演示）（招商服务专员）：调整分工');
  });
});
