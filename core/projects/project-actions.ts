import * as v from 'valibot';
import { defineAction, type HandlerOf } from '@core/kernel/define-action';
import { idField, pagingFields, timelineCursorField, type PageOf } from '@core/kernel/paging';
import type { Role } from '@core/kernel/roles';
import { localDateField } from '@core/kernel/validation/common-fields';
import { PROJECT_STAGES, type Lead } from './project';
import type { BackwardPlan } from './plan-backwards';
import type { ProjectTemplate } from './project-template';
import type { LeadView, ProjectCard, ProjectTimelineLine, ProjectView } from './project-view';
import { projectNodeActions } from './nodes/node-actions';
import { planOverridesField } from './plan-overrides';
import { projectCreateFields, projectEditFields, projectIdField, reasonField, stageMoveField } from './project-fields';

export type { LeadView, PersonRef, ProjectCard, ProjectTimelineLine, ProjectView, ProjectViewer } from './project-view';

/** The zone's people manage projects ("五个一"); the enterprise contact reads its own. */
export const PROJECT_MANAGERS: readonly Role[] = ['staff', 'leader', 'admin'];
const CONTACTS: readonly Role[] = ['investor', 'enterprise'];
const READERS: readonly Role[] = [...PROJECT_MANAGERS, ...CONTACTS];

export interface DuplicateMatch {
  projectId: string;
  name: string;
  enterpriseName: string | null;
  matchedOn: 'creditCode' | 'enterpriseName';
}

export interface LeadConversion {
  /** null while a duplicate waits for the converter's decision (onDuplicate 'ask'): nothing was written. */
  project: ProjectView | null;
  match: DuplicateMatch | null;
}

export interface PlanView extends BackwardPlan {
  projectId: string;
  templateId: string;
  templateName: string;
}

const byId = v.strictObject({ projectId: projectIdField });

export { planNodeOverrideField, type PlanNodeOverride } from './plan-overrides';

/** A visit's lead and project, if it has become one (转为线索 → 项目). */
export interface VisitProjectLink {
  leadId: string | null;
  leadStatus: Lead['status'] | null;
  projectId: string | null;
}

export const projectActions = {
  'projects.list': defineAction<PageOf<ProjectCard>>()({
    input: v.strictObject({
      status: v.optional(v.nullable(v.picklist([...PROJECT_STAGES, 'terminated'], '请选择项目阶段')), null),
      ...pagingFields,
    }),
    audience: PROJECT_MANAGERS,
  }),
  /** The enterprise contact's own projects. */
  'projects.mine': defineAction<PageOf<ProjectCard>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: CONTACTS,
  }),
  'projects.get': defineAction<ProjectView>()({ input: byId, audience: READERS }),
  'projects.timeline': defineAction<PageOf<ProjectTimelineLine>>()({
    input: v.strictObject({ projectId: projectIdField, cursor: timelineCursorField }),
    audience: READERS,
  }),
  'projects.create': defineAction<ProjectView>()({
    input: v.strictObject(projectCreateFields),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  'projects.edit': defineAction<ProjectView>()({
    input: v.strictObject({ projectId: projectIdField, ...projectEditFields }),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  /** One stage forward, with its evidence. */
  'projects.advance': defineAction<ProjectView>()({
    input: v.strictObject({ projectId: projectIdField, move: stageMoveField }),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  'projects.terminate': defineAction<ProjectView>()({
    input: v.strictObject({ projectId: projectIdField, reason: reasonField }),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  /** 转为线索 on a completed visit; again returns the same lead. */
  'projects.leadFromVisit': defineAction<LeadView>()({
    input: v.strictObject({ visitId: idField }),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  'projects.leads': defineAction<PageOf<LeadView>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: PROJECT_MANAGERS,
  }),
  /**
   * Lead → project; again returns the same project. A project already matching the credit code
   * (or else the exact company name) is shown first: 'link' joins the lead to it, 'create' makes a
   * new one anyway.
   */
  'projects.fromLead': defineAction<LeadConversion>()({
    input: v.strictObject({
      leadId: idField,
      name: v.optional(v.nullable(projectCreateFields.name), null),
      creditCode: projectCreateFields.creditCode,
      onDuplicate: v.optional(v.picklist(['ask', 'link', 'create'], '请选择如何处理重复项目'), 'ask'),
    }),
    audience: PROJECT_MANAGERS,
    isMutation: true,
  }),
  /** 倒排工期 from a target 投产 date; computed, never stored (the baseline is a later step). */
  'projects.plan': defineAction<PlanView>()({
    input: v.strictObject({
      projectId: projectIdField,
      target: localDateField,
      templateId: v.optional(idField, 'industrial-default'),
      /** The plan editor's changes to the template's nodes, by key: a live result, nothing saved. */
      overrides: planOverridesField,
    }),
    audience: PROJECT_MANAGERS,
  }),
  /** The lead and project a visit became, for its staff page and the booker's visit page. */
  'projects.forVisit': defineAction<VisitProjectLink>()({
    input: v.strictObject({ visitId: idField }),
    audience: READERS,
  }),
  'projects.templates': defineAction<ProjectTemplate[]>()({ input: v.strictObject({}), audience: PROJECT_MANAGERS }),
  ...projectNodeActions,
};

/** The handler of one of this feature's actions: its parsed input in, its output out. */
export type ProjectHandler<A extends keyof typeof projectActions> = HandlerOf<(typeof projectActions)[A]>;
