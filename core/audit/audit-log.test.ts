import { dataOf, errorOf, sendAs } from '../../tests/support/dispatch-kit';
import { addAuditor } from '../../tests/support/onboarding-fixture';
import { FIXED_NOW, openTestStack, type TestStack } from '../../tests/support/temp-sqlite-store';
import type { AuditRecord } from './audit';
import { appendAudit, verifyAuditChain, type AuditDraft } from './audit-log';

let stack: TestStack;
beforeEach(async () => {
  stack = await openTestStack();
});
afterEach(() => stack.close());

const DAY = 86_400_000;
const draft = (at: number, over: Partial<AuditDraft> = {}): AuditDraft => ({
  at,
  actorUserId: 'u-demo-admin',
  actorOpenid: 'demo-admin',
  actorName: '管理员',
  actorRoles: ['admin'],
  action: 'admin.teams.save',
  target: 'teams/t1',
  before: null,
  after: { phone: '13800138000' },
  result: 'ok',
  requestId: 'req-1',
  source: 'h5',
  ...over,
});

const records = async (): Promise<AuditRecord[]> =>
  (await stack.store.find('audit_log', { orderBy: { field: 'seq', dir: 'asc' }, limit: 1000 })).items;

describe('the audit chain', () => {
  it('links each record to the previous one and masks personal data', async () => {
    for (let i = 0; i < 3; i += 1) await appendAudit(stack.store, draft(FIXED_NOW + i));
    const [a, b, c] = await records();
    expect(b?.prevHash).toBe(a?.hash);
    expect(c?.prevHash).toBe(b?.hash);
    expect(a).toMatchObject({
      seq: 1,
      localDate: '2026-11-27',
      after: { phone: '138****8000' },
      actorOpenid: 'demo****dmin',
    });
    expect(await verifyAuditChain(stack.store)).toEqual({
      isIntact: true,
      checked: 3,
      brokenAtSeq: null,
      reason: null,
    });
  });

  it('keeps one chain under 20 concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(stack.store, draft(FIXED_NOW + i))));
    expect((await records()).map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await verifyAuditChain(stack.store)).isIntact).toBe(true);
  });

  it('finds an edited record', async () => {
    for (let i = 0; i < 3; i += 1) await appendAudit(stack.store, draft(FIXED_NOW + i));
    const second = (await records())[1] as AuditRecord;
    await stack.store.update('audit_log', second.id, second.version, { result: 'FORBIDDEN' });
    expect(await verifyAuditChain(stack.store)).toMatchObject({
      isIntact: false,
      brokenAtSeq: 2,
      reason: '记录内容被改动',
    });
  });

  it('finds a removed record in the middle and at the end', async () => {
    for (let i = 0; i < 4; i += 1) await appendAudit(stack.store, draft(FIXED_NOW + i));
    const all = await records();
    await stack.store.remove('audit_log', (all[1] as AuditRecord).id);
    expect(await verifyAuditChain(stack.store)).toMatchObject({ isIntact: false, brokenAtSeq: 2 });
    await stack.store.insert('audit_log', all[1] as AuditRecord);
    await stack.store.remove('audit_log', (all[3] as AuditRecord).id);
    expect(await verifyAuditChain(stack.store)).toMatchObject({ isIntact: false, brokenAtSeq: 4 });
  });
});

describe('admin.audit.* actions', () => {
  let auditor: { openid: string };
  beforeEach(async () => {
    auditor = await addAuditor(stack.store);
  });

  it('purges only records older than 180 days, audits the purge, and the chain still checks', async () => {
    const send = sendAs(stack);
    await appendAudit(stack.store, draft(FIXED_NOW - 200 * DAY));
    await appendAudit(stack.store, draft(FIXED_NOW - 181 * DAY));
    await appendAudit(stack.store, draft(FIXED_NOW - 179 * DAY));
    expect(dataOf(await send('admin', 'admin.audit.purge', {}))).toEqual({ removed: 2, throughSeq: 2 });
    const kept = await records();
    expect(kept.map((r) => [r.seq, r.action])).toEqual([
      [3, 'admin.teams.save'],
      [4, 'admin.audit.purge'],
    ]);
    expect(kept[1]).toMatchObject({ actorUserId: 'u-demo-admin', after: { removed: 2, throughSeq: 2 } });
    expect(dataOf(await send(auditor, 'admin.audit.verify', {}))).toMatchObject({ isIntact: true, checked: 2 });
    expect(dataOf(await send('admin', 'admin.audit.purge', {}))).toEqual({ removed: 0, throughSeq: null });
  });

  it('shows the auditor every record and an admin only their own; the auditor cannot purge', async () => {
    const send = sendAs(stack);
    await appendAudit(stack.store, draft(FIXED_NOW, { actorUserId: 'u-other-admin' }));
    await appendAudit(stack.store, draft(FIXED_NOW));
    expect(dataOf(await send(auditor, 'admin.audit.list', {})).items).toHaveLength(2);
    expect(dataOf(await send('admin', 'admin.audit.list', {})).items.map((r) => r.actorUserId)).toEqual([
      'u-demo-admin',
    ]);
    expect(errorOf(await send(auditor, 'admin.audit.purge', {})).code).toBe('FORBIDDEN');
  });

  it('pages the log newest first', async () => {
    const send = sendAs(stack);
    for (let i = 0; i < 5; i += 1) await appendAudit(stack.store, draft(FIXED_NOW + i));
    const first = dataOf(await send(auditor, 'admin.audit.list', { limit: 3 }));
    const second = dataOf(await send(auditor, 'admin.audit.list', { limit: 3, cursor: first.next }));
    expect([...first.items, ...second.items].map((r) => r.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(second.next).toBeNull();
  });
});
