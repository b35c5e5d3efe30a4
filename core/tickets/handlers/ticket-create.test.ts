import { dataOf, errorOf, snapshotAll } from '@tests/support/dispatch-kit';
import { addUser, pdf, validTicket } from '@tests/support/ticket-fixture';

import type { UploadRecord } from '../upload';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const tickets = async () => (await kit.stack.store.find('tickets', { limit: 1000 })).items;

describe('tickets.create', () => {
  it('routes the persona’s 环评 request to its project team: 刘 on leave, so 张 (AB岗) takes it; 赵主任 is responsible', async () => {
    const view = dataOf(await kit.send('enterprise', 'tickets.create', validTicket()));
    expect(view).toMatchObject({
      status: 'assigned',
      categoryName: '环评',
      projectName: '北京德知航创科技有限公司入驻项目',
      assignee: { name: '张专员（演示）', title: '招商服务专员' },
      leader: { name: '赵主任（演示）' },
      creditCode: '91350100M000100Y43',
      creditCodeStatus: 'valid',
      contactPhone: '13800138002',
      viewerRoles: ['owner'],
    });
    expect(view.can).toMatchObject({ cancel: true, supplement: false, accept: false });
    // The enterprise sees who has it, not the internal routing reason.
    expect(view.timeline.map((e) => e.text)).toEqual([
      '提交“环评”申请',
      '已分派专人办理：张专员（演示）（招商服务专员）',
    ]);
    // The enterprise filed it; the routing is the system's step, not the enterprise's.
    expect(view.timeline.map((e) => e.actorName)).toEqual(['王经理', '系统']);
    const [stored] = await tickets();
    expect(stored).toMatchObject({
      assigneeUserId: 'u-demo-staff',
      leaderUserId: 'u-demo-leader',
      teamIds: ['svc-project-dezhi-hangchuang'],
      targets: { responseWorkingHours: 4, resolutionWorkingDays: 15 },
    });
    const staffView = dataOf(await kit.send('staff', 'tickets.get', { ticketId: view.id }));
    expect(staffView.timeline.find((e) => e.isInternal)?.text).toBe(
      '由北京德知航创科技有限公司入驻项目专班办理，分派给张专员（演示）：刘专员（演示）休假，由AB岗张专员（演示）代岗；具备“环评”业务能力；为唯一可分派人员',
    );
    expect((await kit.stack.store.get('staff', 'u-demo-staff'))?.lastAssignedAt).not.toBeNull();
    const messages = (await kit.stack.store.find('notifications', { limit: 100 })).items;
    expect(messages.map((m) => [m.recipientUserId, m.title])).toEqual([
      ['u-demo-enterprise', '服务申请已提交'],
      ['u-demo-staff', '新的服务工单'],
      ['u-demo-leader', '负责项目新增服务申请'],
    ]);
  });

  it('without a project goes to the category desk, skipping the on-leave colleague for the backup', async () => {
    const view = dataOf(
      await kit.send('enterprise', 'tickets.create', validTicket({ projectId: null, categoryId: 'business-setup' })),
    );
    expect(view.assignee?.name).toBe('吴专员（演示）');
    expect(view.leader?.name).toBe('钱主任（演示）');
  });

  it('is idempotent: the same requestId gives the same ticket and writes one', async () => {
    const first = await kit.send('enterprise', 'tickets.create', validTicket(), 'req-create-1');
    const again = await kit.send('enterprise', 'tickets.create', validTicket(), 'req-create-1');
    expect(again).toEqual(first);
    expect(await tickets()).toHaveLength(1);
    const other = dataOf(await kit.send('enterprise', 'tickets.create', validTicket(), 'req-create-2'));
    expect(other.id).not.toBe(dataOf(first).id);
  });

  it('accepts a code failing the check digit only with the explicit 请人工核验 flag, and tells staff', async () => {
    const failing = validTicket({ creditCode: '91350100M000100Y44' });
    expect(errorOf(await kit.send('enterprise', 'tickets.create', failing))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'creditCode',
      message: '统一社会信用代码校验未通过，请核对；如确认无误，可勾选“请人工核验”后提交',
    });
    const flagged = dataOf(
      await kit.send('enterprise', 'tickets.create', { ...failing, creditCodeManualReview: true }),
    );
    expect(flagged.creditCodeStatus).toBe('manual_review');
    const staffView = dataOf(await kit.send('staff', 'tickets.get', { ticketId: flagged.id }));
    expect(staffView.timeline.map((e) => e.text)).toContain(
      '统一社会信用代码校验位不符，企业申请人工核验，请核对营业执照',
    );
    // Lower case is normalised; a valid code with the flag is simply valid.
    const lower = dataOf(
      await kit.send(
        'enterprise',
        'tickets.create',
        validTicket({ creditCode: '91350100m000100y43', creditCodeManualReview: true }),
      ),
    );
    expect(lower).toMatchObject({ creditCode: '91350100M000100Y43', creditCodeStatus: 'valid' });
  });

  it('asks 零距离上门 for a time, not in the past, and ignores one elsewhere', async () => {
    const onSite = validTicket({ categoryId: 'on-site' });
    expect(errorOf(await kit.send('enterprise', 'tickets.create', onSite))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'preferredOnSite',
    });
    expect(
      errorOf(
        await kit.send('enterprise', 'tickets.create', {
          ...onSite,
          preferredOnSite: { date: '2026-11-26', halfDay: 'am' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'preferredOnSite.date' });
    const ok = dataOf(
      await kit.send('enterprise', 'tickets.create', {
        ...onSite,
        preferredOnSite: { date: '2026-11-30', halfDay: 'pm' },
      }),
    );
    expect(ok.preferredOnSite).toEqual({ date: '2026-11-30', halfDay: 'pm' });
    const elsewhere = dataOf(
      await kit.send(
        'enterprise',
        'tickets.create',
        validTicket({ preferredOnSite: { date: '2026-11-30', halfDay: 'pm' } }),
      ),
    );
    expect(elsewhere.preferredOnSite).toBeNull();
  });

  it('refuses another enterprise’s project and an unknown category', async () => {
    const other = await addUser(kit.stack, 'u-other-ent', ['enterprise']);
    expect(errorOf(await kit.send(other, 'tickets.create', validTicket()))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'projectId',
    });
    expect(errorOf(await kit.send('enterprise', 'tickets.create', validTicket({ categoryId: 'nope' })))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'categoryId',
    });
    expect(await tickets()).toHaveLength(0);
  });

  it('refuses staff and callers without a session', async () => {
    expect(errorOf(await kit.send(null, 'tickets.create', validTicket())).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await kit.send('staff', 'tickets.create', validTicket())).code).toBe('FORBIDDEN');
    expect(await tickets()).toHaveLength(0);
  });

  it('makes a first-time WeChat user an enterprise by filing, once, even when two first requests race', async () => {
    const stranger = { openid: 'wx-new-company' };
    expect(dataOf(await kit.send(stranger, 'tickets.mine', {})).items).toEqual([]);
    const input = validTicket({ projectId: null, enterpriseName: '平原新创科技有限公司' });
    const [a, b] = await Promise.all([
      kit.send(stranger, 'tickets.create', input),
      kit.send(stranger, 'tickets.create', input),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const who = dataOf(await kit.send(stranger, 'account.whoami', {}));
    expect(who).toMatchObject({ roles: ['enterprise'], organisation: '平原新创科技有限公司' });
    expect(dataOf(await kit.send(stranger, 'tickets.mine', {})).items).toHaveLength(2);
    // A visitor cannot name someone else's project.
    expect(errorOf(await kit.send({ openid: 'wx-other' }, 'tickets.create', validTicket())).field).toBe('projectId');
  });
});

describe('attachments', () => {
  const upload = async (id: string, ownerUserId: string, over: Partial<UploadRecord> = {}) =>
    kit.stack.store.insert('uploads', {
      id,
      version: 1,
      ownerUserId,
      name: 'x.pdf',
      size: 4096,
      type: 'application/pdf',
      createdAt: 0,
      ...over,
    });

  it('takes images and PDFs within the limits, described as the server received them', async () => {
    await upload('upload-000001', 'u-demo-enterprise', { size: 5000, name: '现场.png', type: 'image/png' });
    const view = dataOf(
      await kit.send(
        'enterprise',
        'tickets.create',
        validTicket({
          attachments: [
            pdf('upload:upload-000001', { size: 1 }),
            { fileId: 'cloud://env-1.bucket/tickets/a.jpg', name: '现场.JPG', size: 300_000, type: 'image/jpeg' },
          ],
        }),
      ),
    );
    // The client called the upload a 1-byte PDF; the server knows it received a 5000-byte PNG.
    expect(view.attachments.map((a) => [a.fileId, a.name, a.size, a.type])).toEqual([
      ['upload:upload-000001', '现场.png', 5000, 'image/png'],
      ['cloud://env-1.bucket/tickets/a.jpg', '现场.JPG', 300_000, 'image/jpeg'],
    ]);
  });

  it.each([
    [
      'a file type that is neither image nor PDF',
      [pdf('cloud://e/a.docx', { name: 'a.docx', type: 'application/msword' })],
      'attachments.0.type',
    ],
    ['an extension that does not match the type', [pdf('cloud://e/a.exe', { name: 'a.exe' })], 'attachments.0.name'],
    ['a file over 10 MB', [pdf('cloud://e/a.pdf', { size: 10 * 1024 * 1024 + 1 })], 'attachments.0.size'],
    ['an empty file', [pdf('cloud://e/a.pdf', { size: 0 })], 'attachments.0.size'],
    ['a URL instead of a file id', [pdf('https://evil.example/a.pdf')], 'attachments.0.fileId'],
    ['more than 9 files', Array.from({ length: 10 }, (_, i) => pdf(`cloud://e/${i}.pdf`)), 'attachments'],
    ['the same file twice', [pdf('cloud://e/a.pdf'), pdf('cloud://e/a.pdf')], 'attachments'],
    ['someone else’s upload', [pdf('upload:upload-000002')], 'attachments.0'],
    ['an upload that does not exist', [pdf('upload:upload-999999')], 'attachments.0'],
  ])('refuses %s and writes nothing', async (_label, attachments, field) => {
    await upload('upload-000002', 'u-demo-investor');
    const before = await snapshotAll(kit.stack);
    const answer = await kit.send('enterprise', 'tickets.create', validTicket({ attachments } as never), 'req-attach');
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_INPUT', field });
    const after = await snapshotAll(kit.stack);
    // The idempotency record of a refused request is the only thing a dispatcher may keep.
    expect({ ...after, requests: [] }).toEqual({ ...before, requests: [] });
  });
});
