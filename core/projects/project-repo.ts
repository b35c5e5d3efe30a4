import type { IdSource } from '@core/kernel/deps';
import { timelineWriter } from '@core/kernel/timeline-action';
import type { DocPatch, DocStore, Page, TxStore } from '@core/kernel/store/doc-store';
import { readTimelinePage, type TimelinePage } from '@core/kernel/store/timeline-page';
import type { Lead, Project, ProjectEvent, ProjectEventKind, ProjectStatus } from './project';
import type { ProjectTemplate } from './project-template';

/** The only place that names the projects feature's collections. */

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

export interface Actor {
  userId: string | null;
  name: string;
}

export interface ProjectEventDraft {
  kind: ProjectEventKind;
  text: string;
  isInternal?: boolean;
}

/** Converting is idempotent by source: a visit has one lead, a lead one project, by derived id. */
export const leadIdOfVisit = (visitId: string): string => `lead-${visitId}`;
export const projectIdOfLead = (leadId: string): string => `prj-${leadId}`;

const MAX_TEMPLATES = 100;

export const projectRepo = (store: DocStore) => {
  /** One page of the projects matching `where`, the newest change first. */
  const newestChangeFirst = (where: { status?: ProjectStatus; ownerUserId?: string }, page: PageRequest) =>
    store.find('projects', {
      where,
      orderBy: { field: 'updatedAt', dir: 'desc' },
      limit: page.limit,
      after: page.cursor ?? null,
    });
  return {
    get: (id: string) => store.get('projects', id),

    /** How many projects a person leads (offboarding waits until they are handed on). */
    countLedBy: (userId: string): Promise<number> => store.count('projects', { leaderUserId: userId }),

    /** Newest change first; one stage (or 终止) when given. */
    list: (status: ProjectStatus | null, page: PageRequest): Promise<Page<Project>> =>
      newestChangeFirst(status ? { status } : {}, page),

    /** Projects not terminated whose name has `query` in it (every one when empty), by id: 现场评议's target picker. */
    searchByName: (query: string, page: PageRequest): Promise<Page<Project>> =>
      store.find('projects', {
        where: { status: { ne: 'terminated' }, ...(query ? { name: { contains: query } } : {}) },
        orderBy: { field: 'id', dir: 'asc' },
        limit: page.limit,
        after: page.cursor ?? null,
      }),

    /** The enterprise contact's own projects, newest change first. */
    listByOwner: (ownerUserId: string, page: PageRequest): Promise<Page<Project>> =>
      newestChangeFirst({ ownerUserId }, page),

    /** The owner's projects in the store's own order (the enterprise's project picker when filing a ticket). */
    ownedBy: (ownerUserId: string, page: PageRequest): Promise<Page<Project>> =>
      store.find('projects', { where: { ownerUserId }, limit: page.limit, after: page.cursor ?? null }),

    /** The first project with this credit code, else with exactly this enterprise name, other than `exceptId`. */
    findDuplicate: async (
      creditCode: string | null,
      enterpriseName: string,
      exceptId: string,
    ): Promise<{ project: Project; matchedOn: 'creditCode' | 'enterpriseName' } | null> => {
      const first = async (where: Record<string, string>) =>
        (await store.find('projects', { where, limit: 2 })).items.find((p) => p.id !== exceptId) ?? null;
      const byCode = creditCode ? await first({ creditCode }) : null;
      if (byCode) return { project: byCode, matchedOn: 'creditCode' };
      const byName = await first({ enterpriseName });
      return byName ? { project: byName, matchedOn: 'enterpriseName' } : null;
    },

    events: (projectId: string, cursor: string | null = null): Promise<TimelinePage<ProjectEvent>> =>
      readTimelinePage(store, 'project_events', { projectId }, cursor),

    getLead: (id: string) => store.get('leads', id),

    /** Which of these visits became a lead (a visit's lead has a derived id: one query per 100 visits). */
    visitsWithLead: async (visitIds: readonly string[]): Promise<Set<string>> => {
      const found = new Set<string>();
      for (let i = 0; i < visitIds.length; i += 100) {
        const ids = visitIds.slice(i, i + 100).map(leadIdOfVisit);
        const leads = await store.find('leads', { where: { id: { in: ids } }, limit: ids.length });
        for (const lead of leads.items) found.add(lead.visitId);
      }
      return found;
    },

    openLeads: (page: PageRequest): Promise<Page<Lead>> =>
      store.find('leads', {
        where: { status: 'open' },
        orderBy: { field: 'createdAt', dir: 'desc' },
        limit: page.limit,
        after: page.cursor ?? null,
      }),

    templates: async (): Promise<ProjectTemplate[]> =>
      (
        await store.find('project_templates', {
          orderBy: { field: 'order', dir: 'asc' },
          limit: MAX_TEMPLATES,
        })
      ).items,

    template: (id: string) => store.get('project_templates', id),
  };
};

/** The team of the owner's first project, or null: a returning investor's visit goes to that team (routeVisit). */
export const projectTeamIdOfOwner = async (store: DocStore, ownerUserId: string): Promise<string | null> => {
  const [project] = (await projectRepo(store).ownedBy(ownerUserId, { limit: 1 })).items;
  return project?.teamId ?? null;
};

const appendProjectEvents = timelineWriter<Pick<Project, 'id' | 'version'>, ProjectEventDraft>(
  (_draft, actor) => actor,
  (tx, line, project) => tx.insert('project_events', { ...line, projectId: project.id }),
);

/** Writes inside a transaction: single documents by id, as WeChat allows. */
export const projectTx = (tx: TxStore, ids: IdSource) => ({
  get: (id: string) => tx.get('projects', id),
  insert: (project: Project) => tx.insert('projects', project),
  update: (current: Project, patch: DocPatch<Project>) => tx.update('projects', current.id, current.version, patch),
  getLead: (id: string) => tx.get('leads', id),
  insertLead: (lead: Lead) => tx.insert('leads', lead),
  updateLead: (current: Lead, patch: DocPatch<Lead>) => tx.update('leads', current.id, current.version, patch),

  /** Appends timeline lines; events are only ever inserted. `project` is the version just written. */
  appendEvents: (
    project: Pick<Project, 'id' | 'version'>,
    actor: Actor,
    at: number,
    drafts: readonly ProjectEventDraft[],
  ): Promise<void> => appendProjectEvents(tx, ids, project, actor, at, drafts),
});
