import type { DocPatch, DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import type { Project } from '../project';
import { screeningIdOfProject, type Screening, type ScreeningCondition, type ScreeningItem } from './screening';

/** The only place that names the screening collections (screenings, screening_items). */

const MAX_ITEMS = 100;
/** One read of rejections: WeChat allows up to 1000 with an explicit limit. */
const REJECTION_PAGE = 1000;

export interface RejectionTotals {
  /** 不予引进 decided in the period. */
  count: number;
  /** Their planned investment, 万元, summed over those that gave one. */
  investmentWan: number;
  /** How many of them gave no planned investment (not counted in investmentWan). */
  withoutInvestment: number;
}

export const screeningRepo = (store: DocStore) => ({
  get: (id: string) => store.get('screenings', id),

  /** The checklist in its order; the inactive items too when asked (the office's editor). */
  items: async (includeInactive: boolean): Promise<ScreeningItem[]> =>
    (
      await store.find('screening_items', {
        where: includeInactive ? {} : { isActive: true },
        orderBy: { field: 'order', dir: 'asc' },
        limit: MAX_ITEMS,
      })
    ).items,

  /**
   * 不予引进 decided in [from, to) (UTC ms; the whole history without bounds): how many, and the
   * planned investment they carried. Reads only rejected screenings, by the (outcome, decidedAt) index.
   */
  rejections: async (period: { from?: number; to?: number } = {}): Promise<RejectionTotals> => {
    const totals: RejectionTotals = { count: 0, investmentWan: 0, withoutInvestment: 0 };
    const decidedAt = {
      ...(period.from !== undefined ? { gte: period.from } : {}),
      ...(period.to !== undefined ? { lt: period.to } : {}),
    };
    let after: string | null = null;
    do {
      const page: Page<Screening> = await store.find('screenings', {
        where: { outcome: 'rejected', ...(Object.keys(decidedAt).length ? { decidedAt } : {}) },
        orderBy: { field: 'decidedAt', dir: 'asc' },
        limit: REJECTION_PAGE,
        after,
      });
      for (const s of page.items) {
        totals.count += 1;
        if (s.investmentWan === null) totals.withoutInvestment += 1;
        else totals.investmentWan += s.investmentWan;
      }
      after = page.next;
    } while (after);
    totals.investmentWan = Math.round(totals.investmentWan * 100) / 100;
    return totals;
  },
});

/** For the dashboard and the export: 不予引进 in a period, with their planned investment (see screeningRepo.rejections). */
export const screeningRejections = (
  store: DocStore,
  period: { from?: number; to?: number } = {},
): Promise<RejectionTotals> => screeningRepo(store).rejections(period);

/** The conditions of a project's 有条件通过 (none otherwise): the plan adds each as a node. */
export const screeningConditionsOf = async (
  store: DocStore,
  project: Pick<Project, 'id' | 'leadId'>,
): Promise<ScreeningCondition[]> => {
  const screening = await store.get('screenings', screeningIdOfProject(project));
  return screening?.outcome === 'conditional' ? screening.conditions : [];
};

/** Writes inside a transaction, single documents by id as WeChat allows. */
export const screeningTx = (tx: TxStore) => ({
  get: (id: string) => tx.get('screenings', id),
  insert: (doc: Screening) => tx.insert('screenings', doc),
  update: (current: Screening, patch: DocPatch<Screening>) =>
    tx.update('screenings', current.id, current.version, patch),
  getItem: (id: string) => tx.get('screening_items', id),
  insertItem: (doc: ScreeningItem) => tx.insert('screening_items', doc),
  updateItem: (current: ScreeningItem, patch: DocPatch<ScreeningItem>) =>
    tx.update('screening_items', current.id, current.version, patch),
  /** The project's copy of the verdict, which 签约 checks (screeningAllowsSigning). */
  markProject: async (projectId: string, screening: Project['screening'], now: number): Promise<Project | null> => {
    const project = await tx.get('projects', projectId);
    if (!project) return null;
    return tx.update('projects', project.id, project.version, { screening, updatedAt: now });
  },
});
