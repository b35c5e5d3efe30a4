import type { TxStore } from '@core/kernel/store/doc-store';
import { planTx } from '../repo/plan-repo';
import { planSummary, type PlanNodeRecord } from './project-plan';

/** Where a node's work item stands, as its ticket says: started, done, waiting for the enterprise. */
export interface NodeProgress {
  startedAt: number | null;
  doneAt: number | null;
  waitingEnterprise: boolean;
}

/**
 * Mirrors a node's work item onto its project's plan (inside the ticket change's transaction), so
 * the project page and the list's colour read one document. Nothing to do for a node no plan has.
 */
export const noteNodeProgress = async (
  tx: TxStore,
  projectId: string,
  nodeKey: string,
  progress: NodeProgress,
  now: number,
): Promise<void> => {
  const plans = planTx(tx);
  const plan = await plans.get(projectId);
  const node = plan?.nodes.find((n) => n.key === nodeKey);
  if (!plan || !node) return;
  if (
    node.startedAt === progress.startedAt &&
    node.doneAt === progress.doneAt &&
    node.waitingEnterprise === progress.waitingEnterprise
  )
    return;
  const nodes: PlanNodeRecord[] = plan.nodes.map((n) => (n.key === nodeKey ? { ...n, ...progress } : n));
  await plans.update(plan, { nodes, ...planSummary(nodes), updatedAt: now });
};
