import { auditId, hashOf } from '@core/audit/audit-chain';
import { localDateOf } from '@core/kernel/calendar/local-date';
import { GENESIS_HASH, type AuditHead, type AuditRecord } from '@core/audit/audit';
import { demoOpenid } from '@core/app/seed';
import type { DocStore } from '@core/kernel/store';
import type { BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';

const SIZE = 100_000;
const BATCH = 1000;

/** A chain of `size` admin records, hashed as appendAudit hashes them, written in batches. */
const seedChain = async (store: DocStore, size: number, now: number): Promise<void> => {
  let prevHash = GENESIS_HASH;
  for (let start = 1; start <= size; start += BATCH) {
    const batch: AuditRecord[] = [];
    for (let seq = start; seq < Math.min(size + 1, start + BATCH); seq += 1) {
      const at = now - (size - seq) * 60_000;
      const content = {
        id: auditId(seq),
        seq,
        at,
        localDate: localDateOf(at),
        actorUserId: 'u-demo-admin',
        actorOpenid: 'demo****dmin',
        actorName: '招商办管理员（演示）',
        actorRoles: ['admin' as const],
        action: 'admin.staff.setLeave',
        target: `staff/u-bench-${seq % 500}`,
        before: { isOnLeave: false, mobile: '139****2222' },
        after: { isOnLeave: true, backupUserId: 'u-staff-sun' },
        result: 'ok' as const,
        requestId: `bench-${seq}`,
        source: 'h5' as const,
        prevHash,
      };
      const record: AuditRecord = { ...content, version: 1, hash: hashOf(content) };
      prevHash = record.hash;
      batch.push(record);
    }
    await store.transaction(async (tx) => {
      for (const record of batch) await tx.insert('audit_log', record);
    });
  }
  await store.insert<'settings', AuditHead>('settings', {
    id: 'audit-head',
    version: 1,
    seq: size,
    hash: prevHash,
    purgedThrough: null,
  });
};

/** `npm run bench audit`: the chain check over 100 000 records, and an audited write's latency on top of it. */
export const benchAudit = async (stack: BenchStack): Promise<Figures[]> => {
  await seedChain(stack.store, SIZE, stack.deps.clock.now());
  const admin = { openid: demoOpenid('admin') };
  const verify = await measure(`audit.verify over ${SIZE / 1000}k records`, 1, 1, async () => {
    const answer = await stack.post('admin', 'admin.audit.verify', {}, admin);
    const data = answer.data as { isIntact: boolean; checked: number } | undefined;
    if (!data?.isIntact || data.checked !== SIZE) throw new Error(`chain check failed: ${JSON.stringify(answer)}`);
  });
  // 50 writes: one admin's burst allowance is 60 changes (fair use, DEFAULT_MUTATION_BUCKET), so 200 were refused.
  const write = await measure('audited write (saveSubscribe) at 100k', 50, 4, async (i) => {
    const answer = await stack.post(
      'admin',
      'admin.settings.saveSubscribe',
      { templateIds: { visit_result: `Tmpl${String(i).padStart(8, '0')}` } },
      { ...admin, requestId: `bench-audit-${i}` },
    );
    if (!answer.ok && answer.error?.code !== 'CONFLICT') throw new Error(JSON.stringify(answer));
  });
  return [verify, write];
};
