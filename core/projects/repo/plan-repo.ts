import type { DocPatch, DocStore, TxStore } from '@core/kernel/store/doc-store';
import type { ProjectPlan } from '../nodes/project-plan';

/** The only place that names `project_plans`: one document per project, its id the project's. */
export const planRepo = (store: Pick<DocStore, 'get' | 'find'>) => ({
  get: (projectId: string) => store.get('project_plans', projectId),

  /** The plans of a page of projects, by id (a list colours each card from its plan's summary). */
  ofProjects: async (projectIds: readonly string[]): Promise<Map<string, ProjectPlan>> => {
    if (projectIds.length === 0) return new Map();
    const page = await store.find('project_plans', {
      where: { id: { in: [...projectIds] } },
      limit: projectIds.length,
    });
    return new Map(page.items.map((p) => [p.id, p]));
  },
});

export const planTx = (tx: TxStore) => ({
  get: (projectId: string) => tx.get('project_plans', projectId),
  insert: (plan: ProjectPlan) => tx.insert('project_plans', plan),
  update: (current: ProjectPlan, patch: DocPatch<ProjectPlan>) =>
    tx.update('project_plans', current.id, current.version, patch),
});
