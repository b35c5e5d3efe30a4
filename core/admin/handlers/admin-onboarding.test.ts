import { dataOf, errorOf, setNow } from '@tests/support/dispatch-kit';
import { addAuditor, filingTicket, newPerson, onboardNewPerson } from '@tests/support/onboarding-fixture';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { validTicket } from '@tests/support/ticket-fixture';
import type { AuditRecord } from '@core/audit';

import { CROCKFORD } from '@core/identity';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const fresh = { openid: 'o-new-hire-wechat' };

describe('staff onboarding by invite code', () => {
  it('binds a fresh identity, routes work to it at once, and hands new work to the backup on leave', async () => {
    const { userId, code } = await onboardNewPerson(kit.send);
    expect(code).toHaveLength(8);
    expect([...code].every((c) => CROCKFORD.includes(c))).toBe(true);

    const bound = dataOf(
      await kit.send(fresh, 'account.bindInvite', { code: code.toLowerCase(), mobile: '13911112222' }),
    );
    expect(bound).toEqual({ name: '马新员', roles: ['staff'], teamNames: ['项目备案窗口'] });
    expect(dataOf(await kit.send(fresh, 'account.whoami', {}))).toMatchObject({ name: '马新员', roles: ['staff'] });

    const first = dataOf(await kit.send('enterprise', 'tickets.create', validTicket(filingTicket)));
    expect(first.assignee?.name).toBe('马新员');
    const inbox = dataOf(await kit.send(fresh, 'tickets.inbox', { tab: 'mine' }));
    expect(inbox.items.map((t) => t.id)).toEqual([first.id]);

    dataOf(
      await kit.send('admin', 'admin.staff.setLeave', {
        staffUserId: userId,
        isOnLeave: true,
        backupUserId: 'u-staff-sun',
        leaveFrom: '2026-11-27',
        leaveTo: '2026-12-04',
        handoverNote: '手头一件备案，已与孙专员交接',
      }),
    );
    const second = dataOf(await kit.send('enterprise', 'tickets.create', validTicket(filingTicket)));
    expect(second.assignee?.name).toBe('孙专员（演示）');

    const actions = (dataOf(await kit.send('admin', 'admin.audit.list', { limit: 50 })).items as AuditRecord[])
      .map((r) => [r.action, r.actorName, r.result])
      .reverse();
    expect(actions).toEqual([
      ['admin.teams.save', '招商办管理员（演示）', 'ok'],
      ['admin.staff.preregister', '招商办管理员（演示）', 'ok'],
      ['admin.invites.issue', '招商办管理员（演示）', 'ok'],
      ['admin.staff.setLeave', '招商办管理员（演示）', 'ok'],
    ]);
    expect(dataOf(await kit.send('admin', 'admin.audit.verify', {}))).toMatchObject({ isIntact: true, checked: 5 });
  });

  it('lets exactly one of two concurrent binds of one code win; the other gets CONFLICT', async () => {
    const { code } = await onboardNewPerson(kit.send);
    const answers = await Promise.all([
      kit.send({ openid: 'o-first' }, 'account.bindInvite', { code, mobile: '13911112222' }),
      kit.send({ openid: 'o-second' }, 'account.bindInvite', { code, mobile: '13911112222' }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.flatMap((a) => (a.ok ? [] : [a.error.code]))).toEqual(['CONFLICT']);
    expect(await kit.stack.store.count('users', { openid: { in: ['o-first', 'o-second'] } })).toBe(1);
  });

  it('refuses an expired, a revoked and a used code, and a wrong mobile', async () => {
    const { code, inviteId, userId } = await onboardNewPerson(kit.send);
    expect(errorOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13900000000' })).code).toBe(
      'FORBIDDEN',
    );
    setNow(kit.stack, FIXED_NOW + 7 * 24 * 3_600_000);
    expect(errorOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13911112222' })).code).toBe(
      'NOT_FOUND',
    );
    setNow(kit.stack, FIXED_NOW);
    dataOf(await kit.send('admin', 'admin.invites.revoke', { inviteId }));
    expect(errorOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13911112222' })).code).toBe(
      'NOT_FOUND',
    );
    const again = dataOf(await kit.send('admin', 'admin.invites.issue', { staffUserId: userId }));
    dataOf(await kit.send(fresh, 'account.bindInvite', { code: again.code, mobile: '13911112222' }));
    expect(
      errorOf(await kit.send({ openid: 'o-late' }, 'account.bindInvite', { code: again.code, mobile: '13911112222' }))
        .code,
    ).toBe('CONFLICT');
    expect(errorOf(await kit.send('admin', 'admin.invites.issue', { staffUserId: userId })).code).toBe('CONFLICT');
  });

  it('answers RATE_LIMITED after 5 failed codes in 30 minutes, even for the right code, and again after the window', async () => {
    const { code } = await onboardNewPerson(kit.send);
    for (let i = 0; i < 5; i += 1) {
      expect(
        errorOf(await kit.send(fresh, 'account.bindInvite', { code: 'ZZZZZZZZ', mobile: '13911112222' })).code,
      ).toBe('NOT_FOUND');
    }
    expect(errorOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13911112222' })).code).toBe(
      'RATE_LIMITED',
    );
    setNow(kit.stack, FIXED_NOW + 30 * 60_000 + 1);
    dataOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13911112222' }));
  });

  it('records failed binds in the audit log, with the openid masked', async () => {
    await onboardNewPerson(kit.send);
    await kit.send(fresh, 'account.bindInvite', { code: 'ZZZZZZZZ', mobile: '13911112222' });
    const records = dataOf(await kit.send(auditor, 'admin.audit.list', {})).items;
    expect(records[0]).toMatchObject({ action: 'account.bindInvite', result: 'NOT_FOUND', actorUserId: null });
    expect(records[0]?.actorOpenid).toBe('o-ne****chat');
    expect(JSON.stringify(records)).not.toContain('13911112222');
  });

  it('refuses offboarding while the person leads a team or owns open work, and takes them out of routing after', async () => {
    const { userId, code, teamId } = await onboardNewPerson(kit.send);
    dataOf(await kit.send(fresh, 'account.bindInvite', { code, mobile: '13911112222' }));
    dataOf(await kit.send('enterprise', 'tickets.create', validTicket(filingTicket)));
    expect(errorOf(await kit.send('admin', 'admin.staff.offboard', { staffUserId: userId }))).toMatchObject({
      code: 'CONFLICT',
      message: '请先移交：经办 1 件未办结工单',
    });
    expect(errorOf(await kit.send('admin', 'admin.staff.offboard', { staffUserId: 'u-leader-qian' })).message).toMatch(
      /负责 \d+ 个团队/,
    );
    const other = dataOf(
      await kit.send('admin', 'admin.staff.preregister', newPerson(teamId, { name: '牛二员', mobile: '13911113333' })),
    );
    const left = dataOf(await kit.send('admin', 'admin.staff.offboard', { staffUserId: other.userId }));
    expect(left).toMatchObject({ status: 'left', teamNames: [] });
  });

  it('refuses to bind an identity that already has an account', async () => {
    const { code } = await onboardNewPerson(kit.send);
    expect(errorOf(await kit.send('investor', 'account.bindInvite', { code, mobile: '13911112222' })).code).toBe(
      'CONFLICT',
    );
    expect((await kit.stack.store.find('invites', { limit: 10 })).items.map((i) => i.status)).toEqual(['open']);
  });
});

let auditor: { openid: string };
beforeEach(async () => {
  auditor = await addAuditor(kit.stack.store);
});
