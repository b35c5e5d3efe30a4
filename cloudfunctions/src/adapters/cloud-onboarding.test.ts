import { openCloudTestStack, type CloudTestStack } from '@tests/cloudbase-harness/cloud-test-stack';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { filingTicket, onboardNewPerson } from '@tests/support/onboarding-fixture';
import { validTicket } from '@tests/support/ticket-fixture';

/**
 * Staff onboarding on the CloudBase adapter: wx-server-sdk's real query builder and the harness's
 * transactions (snapshot reads, conflicts at commit, runTransaction retries).
 */
let stack: CloudTestStack;
let send: ReturnType<typeof sendAs>;

beforeEach(async () => {
  stack = await openCloudTestStack();
  send = sendAs(stack);
});
afterEach(() => stack.harness.close());

describe('staff onboarding on the CloudBase adapter', () => {
  it('lets one of two concurrent binds of one code win; the other gets CONFLICT and binds nothing', async () => {
    const { userId, code } = await onboardNewPerson(send);
    const answers = await Promise.all(
      ['o-first', 'o-second'].map((openid) => send({ openid }, 'account.bindInvite', { code, mobile: '13911112222' })),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.flatMap((a) => (a.ok ? [] : [a.error.code]))).toEqual(['CONFLICT']);
    expect(await stack.deps.store.count('users', { openid: { in: ['o-first', 'o-second'] } })).toBe(1);
    expect((await stack.deps.store.get('staff', userId))?.status).toBe('active');
  });

  it('routes work to the bound person, then to the backup on leave, with every step in an intact audit chain', async () => {
    const { userId, code } = await onboardNewPerson(send);
    dataOf(await send({ openid: 'o-new' }, 'account.bindInvite', { code, mobile: '13911112222' }));
    expect(dataOf(await send('enterprise', 'tickets.create', validTicket(filingTicket))).assignee?.name).toBe('马新员');
    dataOf(
      await send('admin', 'admin.staff.setLeave', {
        staffUserId: userId,
        isOnLeave: true,
        backupUserId: 'u-staff-sun',
      }),
    );
    expect(dataOf(await send('enterprise', 'tickets.create', validTicket(filingTicket))).assignee?.name).toBe(
      '孙专员（演示）',
    );
    const check = dataOf(await send('admin', 'admin.audit.verify', {}));
    expect(check).toEqual({ isIntact: true, checked: 5, brokenAtSeq: null, reason: null });
  });
});
