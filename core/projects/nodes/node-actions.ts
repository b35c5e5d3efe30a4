import * as v from 'valibot';
import { defineAction } from '@core/kernel/define-action';
import type { Role } from '@core/kernel/roles';
import { localDateField } from '@core/kernel/validation/common-fields';
import { idField } from '@core/kernel/paging';
import { projectIdField, reasonField } from '../project-fields';
import { planOverridesField } from '../plan-overrides';
import type { ProjectView } from '../project-view';

/** The zone's people who plan (PROJECT_MANAGERS), and the enterprise contact who confirms its own nodes. */
const PLANNERS: readonly Role[] = ['staff', 'leader', 'admin'];
const CONTACTS: readonly Role[] = ['investor', 'enterprise'];

const nodeKeyField = v.pipe(
  v.string('请选择节点'),
  v.minLength(1, '请选择节点'),
  v.maxLength(40, '节点编号不超过40个字符'),
  v.regex(/^[a-z0-9_-]+$/i, '节点编号格式不正确'),
);

/** Plans whose nodes are owned, deadlined work items (issue 11 item 5). Spread into projectActions. */
export const projectNodeActions = {
  /** The first plan, frozen as the baseline; files one 项目节点 work item per node (never twice). */
  'projects.commitPlan': defineAction<ProjectView>()({
    input: v.strictObject({
      projectId: projectIdField,
      target: localDateField,
      templateId: v.optional(idField, 'industrial-default'),
      /** The plan editor's changes to the template's nodes, by key: saved as shown. */
      overrides: planOverridesField,
    }),
    audience: PLANNERS,
    isMutation: true,
  }),
  /** A new target date for a planned project: needs a reason, is audited, keeps the baseline. */
  'projects.replan': defineAction<ProjectView>()({
    input: v.strictObject({
      projectId: projectIdField,
      target: localDateField,
      reason: reasonField,
      /** The plan editor's durations and predecessors of the plan's nodes, by key (区域评估已覆盖 stays as committed). */
      overrides: planOverridesField,
    }),
    audience: PLANNERS,
    isMutation: true,
    isAudited: true,
  }),
  /** The project's enterprise contact confirms a node that waits on it (materials delivered, its own step done). */
  'projects.confirmNode': defineAction<ProjectView>()({
    input: v.strictObject({ projectId: projectIdField, nodeKey: nodeKeyField }),
    audience: CONTACTS,
    isMutation: true,
  }),
};
