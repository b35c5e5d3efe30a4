import { useStore } from 'zustand';
import type { ActionInput } from '@core/app/contract';
import type { LeadView, PlanView, ProjectCard, ProjectView } from '@core/projects/project-actions';
import type { ProjectStatus } from '@core/projects/project';
import type { ProjectTemplate } from '@core/projects/project-template';
import type { Envelope } from '@core/kernel/errors';
import { taroStorage, type KeyValueStorage } from '../services/local-storage';
import { newRequestId } from '../services/request-id';
import { call, type Transport } from '../services/transport';
import { createDraftForm, type Draft, type DraftCheckOf, type DraftFieldOf } from './create-draft-form';
import { createKeyedStore } from './create-keyed-store';
import { createPagedListStore } from './create-paged-list-store';
import { createResourceStore } from './create-resource-store';
import { createRunChange } from './run-change';
import { makeVisitProjectLinks, visitProjectLinks } from './visit-project-link';
import {
  checkStageDraft,
  checkTerminateDraft,
  emptyStageDraft,
  emptyTerminateDraft,
  reviveStageDraft,
  reviveTerminateDraft,
  stageFieldOf,
} from './project-stage-draft';

type ProjectFormAction = 'projects.advance' | 'projects.terminate';

/** What a project's form of one change needs besides its key and its send; `check` also takes the project's id. */
interface ProjectFormParts<D extends Draft, A extends ProjectFormAction> {
  empty(requestId: string): D;
  revive(stored: unknown, fallbackRequestId: string): D;
  check(draft: D, projectId: string): DraftCheckOf<D, ActionInput<A>>;
  fieldOf(path: string): DraftFieldOf<D> | null;
}

/**
 * The projects subpackage's stores (C6): lists, a project's view, its forms and the plan editor's
 * live plan. Only pages of subpackages/projects and the two link rows import them.
 */
export const makeProjectStores = (
  transport: Transport,
  storage: KeyValueStorage = taroStorage,
  requestIds: () => string = newRequestId,
  /** Shared with the visit pages (main package), so 转为线索 shows there at once. */
  visitLinks = makeVisitProjectLinks(transport),
) => {
  const runChange = createRunChange(transport, requestIds);
  const details = createKeyedStore<ProjectView>((projectId) => transport('projects.get', { projectId }));
  const list = createPagedListStore<ProjectCard, ProjectStatus | null>(
    (status, cursor) => transport('projects.list', { status, limit: 20, cursor }),
    null,
  );
  const mine = createPagedListStore<ProjectCard, null>(
    (_f, cursor) => transport('projects.mine', { limit: 20, cursor }),
    null,
  );
  const leads = createPagedListStore<LeadView, null>(
    (_f, cursor) => transport('projects.leads', { limit: 20, cursor }),
    null,
  );
  const templates = createResourceStore<ProjectTemplate[]>(() => transport('projects.templates', {}));

  /** A change's answer is the project as it now is: shown at once, and the lists read again. */
  const settled = (view: ProjectView) => {
    details.getState().put(view.id, view);
    if (list.getState().status !== 'idle') void list.getState().reload();
  };
  /** One form per project for a change whose answer is the project: its draft kept on the device until it is sent. */
  const perProject = <D extends Draft, A extends ProjectFormAction>(
    action: A,
    key: string,
    parts: ProjectFormParts<D, A>,
  ) => {
    const make = (projectId: string) =>
      createDraftForm(
        {
          ...parts,
          storageKey: `zd_project_${key}_${projectId}`,
          check: (d: D) => parts.check(d, projectId),
          send: (input: ActionInput<A>, requestId: string) =>
            transport<ProjectFormAction>(action, input, { requestId }).then((a) => (a.ok && settled(a.data), a)),
        },
        { storage, newRequestId: requestIds },
      );
    const forms = new Map<string, ReturnType<typeof make>>();
    return (projectId: string) => {
      if (!forms.has(projectId)) forms.set(projectId, make(projectId));
      return forms.get(projectId)!;
    };
  };
  const stageForm = perProject('projects.advance', 'stage', {
    empty: emptyStageDraft,
    revive: reviveStageDraft,
    check: checkStageDraft,
    fieldOf: stageFieldOf,
  });
  const terminateForm = perProject('projects.terminate', 'terminate', {
    empty: emptyTerminateDraft,
    revive: reviveTerminateDraft,
    check: checkTerminateDraft,
    fieldOf: (path) => (path === 'reason' ? 'reason' : null),
  });

  return {
    details,
    list,
    mine,
    leads,
    visitLinks,
    templates,
    stageForm,
    terminateForm,
    timelinePage: (projectId: string, cursor: string) => transport('projects.timeline', { projectId, cursor }),
    /** The plan editor's live result: computed on the server, nothing stored. */
    plan: (input: ActionInput<'projects.plan'>): Promise<Envelope<PlanView>> => transport('projects.plan', input),
    /** The enterprise contact confirms a node that waits on it; the page shows the answer at once. */
    confirmNode: (projectId: string, nodeKey: string) =>
      runChange('projects.confirmNode', { projectId, nodeKey }, { target: `${projectId}/${nodeKey}`, patch: settled }),
    /** 保存计划: the first plan becomes the frozen baseline and files the nodes' work items. */
    commitPlan: (input: ActionInput<'projects.commitPlan'>) =>
      runChange('projects.commitPlan', input, { target: input.projectId, patch: settled }),
    /** 调整计划: a new target with a reason, against the kept baseline. */
    replan: (input: ActionInput<'projects.replan'>) =>
      runChange('projects.replan', input, { target: input.projectId, patch: settled }),
    /** 转为线索 on a completed visit; the visit's link row shows the lead at once. */
    leadFromVisit: (visitId: string) =>
      runChange('projects.leadFromVisit', { visitId }, { target: visitId }).then((answer) => {
        if (answer.ok) {
          const lead = answer.data;
          visitLinks.getState().put(visitId, { leadId: lead.id, leadStatus: lead.status, projectId: lead.projectId });
          if (leads.getState().status !== 'idle') void leads.getState().reload();
        }
        return answer;
      }),
    /** Lead → project: 'ask' shows a duplicate first; the answer's project is kept and the leads read again. */
    fromLead: (input: ActionInput<'projects.fromLead'>) =>
      runChange('projects.fromLead', input, { target: input.leadId }).then((answer) => {
        if (answer.ok && answer.data.project) {
          settled(answer.data.project);
          void leads.getState().reload();
        }
        return answer;
      }),
  };
};

export const projectStores = makeProjectStores(call, taroStorage, newRequestId, visitProjectLinks);
export const useProjectList = () => useStore(projectStores.list);
export const useMyProjects = () => useStore(projectStores.mine);
export const useLeads = () => useStore(projectStores.leads);
export const useProjectDetails = () => useStore(projectStores.details);
export const useTemplates = () => useStore(projectStores.templates);
