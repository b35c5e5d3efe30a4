import type { NodeOwner, PlanNodeTemplate } from '../plan-backwards';
import type { ScreeningCondition } from './screening';

/** The project's own team carries out what 有条件通过 asked of the project. */
const PROJECT_TEAM: NodeOwner = { kind: 'role', id: 'project_team', label: '项目专班' };

export const conditionNodeKey = (index: number): string => `screening-condition-${index + 1}`;

/**
 * 有条件通过: each condition becomes a plan node of its own (owned by the project team, its working
 * days as set), finished before the node it names — that node gets it as a finish-to-start
 * predecessor, so 倒排工期 plans it back from there. A condition naming no node of the template
 * finishes by the target date.
 */
export const withScreeningConditions = <N extends PlanNodeTemplate>(
  template: { nodes: readonly N[] },
  conditions: readonly ScreeningCondition[],
): { nodes: (N | PlanNodeTemplate)[] } => {
  if (conditions.length === 0) return { nodes: [...template.nodes] };
  const extra: PlanNodeTemplate[] = conditions.map((c, i) => ({
    key: conditionNodeKey(i),
    name: `筛查条件：${c.text}`,
    durationWd: c.durationWd,
    predecessors: [],
    owner: PROJECT_TEAM,
  }));
  const nodes = template.nodes.map((n) => {
    const mine = conditions.flatMap((c, i) => (c.beforeKey === n.key ? [conditionNodeKey(i)] : []));
    return mine.length ? { ...n, predecessors: [...n.predecessors, ...mine] } : n;
  });
  return { nodes: [...extra, ...nodes] };
};
