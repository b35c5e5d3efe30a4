import * as lead from '@core/projects/handlers/lead-handlers';
import * as planning from '@core/projects/handlers/plan-handlers';
import * as nodes from '@core/projects/nodes/node-handlers';
import * as project from '@core/projects/handlers/project-handlers';
import * as screening from '@core/projects/screening/handlers/screening-handlers';
import * as checklist from '@core/projects/screening/handlers/screening-item-handlers';
import { projectActions } from '@core/projects/project-actions';
import { screeningActions } from '@core/projects/screening/screening-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `projects` cloud function's handlers (C6), and only those: its bundle carries nothing else. */
export const PROJECTS_HANDLERS: FunctionHandlers<'projects'> = {
  'projects.list': project.list,
  'projects.mine': project.mine,
  'projects.get': project.get,
  'projects.timeline': project.timeline,
  'projects.create': project.create,
  'projects.edit': project.edit,
  'projects.advance': project.advance,
  'projects.terminate': project.terminate,
  'projects.leadFromVisit': lead.leadFromVisit,
  'projects.leads': lead.leads,
  'projects.fromLead': lead.fromLead,
  'projects.forVisit': lead.forVisit,
  'projects.plan': planning.plan,
  'projects.templates': planning.templates,
  'projects.screening.items': checklist.items,
  'projects.screening.saveItem': checklist.saveItem,
  'projects.screening.get': screening.get,
  'projects.screening.submit': screening.submit,
  'projects.screening.decide': screening.decide,
  'projects.commitPlan': nodes.commitPlan,
  'projects.replan': nodes.replan,
  'projects.confirmNode': nodes.confirmNode,
};

/** The `projects` cloud function's action definitions (what dispatch validates and authorises by). */
export const PROJECTS_ACTIONS = actionsOf('projects', projectActions, screeningActions);
