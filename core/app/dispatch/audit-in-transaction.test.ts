import { dataOf, errorOf, sendAs } from '@tests/support/dispatch-kit';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import type { AuditRecord } from '@core/audit';
import type { DocStore, TxStore } from '@core/kernel/store/doc-store';
import { withTransaction } from './store-view';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

const leave = {
  staffUserId: 'u-staff-zhou',
  isOnLeave: true,
  backupUserId: 'u-staff-sun',
  leaveFrom: '2026-11-27',
  leaveTo: '2026-12-04',
  handoverNote: '年假',
};

const auditLines = async (action: string): Promise<AuditRecord[]> =>
  (await stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'asc' }, limit: 1000 })).items.filter(
    (r) => r.action === action,
  );

/**
 * The real store, except that one kind of write inside a transaction fails as the database would
 * (a lost connection): the transaction is rolled back by the store itself, not by this wrapper.
 */
const failingInTx = (store: DocStore, collection: string): DocStore =>
  withTransaction(store, (work) =>
    store.transaction((tx) => {
      const failing: TxStore = {
        get: (c, id) => tx.get(c, id),
        update: (c, id, v, p) => tx.update(c, id, v, p),
        insert: async (c, doc) => {
          if (c === collection) throw new Error(`connection lost writing ${c}`);
          return tx.insert(c, doc);
        },
      };
      return work(failing);
    }),
  );

describe('the audit record commits in the audited change’s transaction', () => {
  it('a successful admin write has exactly one ok record, and the chain holds', async () => {
    const send = sendAs(stack);
    dataOf(await send('admin', 'admin.staff.setLeave', leave));
    const [line, ...more] = await auditLines('admin.staff.setLeave');
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      result: 'ok',
      target: 'staff/u-staff-zhou',
      before: { isOnLeave: false },
      after: { isOnLeave: true, backupUserId: 'u-staff-sun' },
    });
    expect((await stack.store.get('staff', 'u-staff-zhou'))?.isOnLeave).toBe(true);
    expect(dataOf(await send('admin', 'admin.audit.verify', {}))).toMatchObject({ isIntact: true });
  });

  it('when the audit record cannot be written, the change does not land either', async () => {
    const send = sendAs({ deps: { ...stack.deps, store: failingInTx(stack.store, 'audit_log') } });
    expect(errorOf(await send('admin', 'admin.staff.setLeave', leave)).code).toBe('INTERNAL');
    expect((await stack.store.get('staff', 'u-staff-zhou'))?.isOnLeave).toBe(false);
    expect(await auditLines('admin.staff.setLeave')).toEqual([]);
  });

  it('when the audited write fails, no record claims it happened', async () => {
    const send = sendAs({ deps: { ...stack.deps, store: failingInTx(stack.store, 'staff') } });
    const answer = await send('admin', 'admin.staff.preregister', {
      name: '马新员',
      mobile: '13911112222',
      title: '专员',
      teamIds: [],
      skills: [],
      roles: ['staff'],
      backupUserId: null,
    });
    expect(errorOf(answer).code).toBe('INTERNAL');
    expect(await auditLines('admin.staff.preregister')).toEqual([]);
    expect((await stack.store.find('staff', { where: { name: '马新员' }, limit: 10 })).items).toEqual([]);
  });

  it('a refusal that wrote nothing is still recorded, with its error code', async () => {
    const send = sendAs(stack);
    const answer = await send('admin', 'admin.invites.revoke', { inviteId: 'no-such-invite' });
    expect(errorOf(answer).code).toBe('NOT_FOUND');
    expect((await auditLines('admin.invites.revoke')).map((r) => r.result)).toEqual(['NOT_FOUND']);
  });

  it('the audited purge records itself in the transaction that moves the chain head', async () => {
    const send = sendAs(stack);
    dataOf(await send('admin', 'admin.staff.setLeave', leave));
    stack.deps.clock = { now: () => Date.UTC(2027, 6, 1) }; // > 180 days later
    expect(dataOf(await send('admin', 'admin.audit.purge', {}))).toEqual({ removed: 1, throughSeq: 1 });
    const [purge] = await auditLines('admin.audit.purge');
    expect(purge).toMatchObject({ seq: 2, result: 'ok', after: { removed: 1, throughSeq: 1 } });
    expect(dataOf(await send('admin', 'admin.audit.verify', {}))).toEqual({
      isIntact: true,
      checked: 1,
      brokenAtSeq: null,
      reason: null,
    });
  });
});
