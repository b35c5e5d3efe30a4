import type { PlanNodeOverride } from '@core/projects/project-actions';
import type { TemplateNode } from '@core/projects/project-template';

/** One node as the plan editor holds it: the duration as typed, so a half-typed number is not lost. */
export interface NodeEdit {
  duration: string;
  predecessors: string[];
  covered: boolean;
}

export interface PlanDraft {
  target: string;
  edits: Record<string, NodeEdit>;
}

export const editOf = (node: TemplateNode, draft: PlanDraft): NodeEdit =>
  draft.edits[node.key] ?? {
    duration: String(node.durationWd),
    predecessors: [...node.predecessors],
    covered: node.coveredByZoneAssessment === true,
  };

/** A duration the planner accepts: a whole number of working days, 1 to 999. */
export const durationProblem = (typed: string): string | null => {
  const n = Number(typed);
  if (typed.trim() === '' || !Number.isInteger(n)) return '请填写整数个工作日';
  if (n < 1 || n > 999) return '工期为1至999个工作日';
  return null;
};

/** The edits the server plans with, or the field problems to show next to each node. */
export const overridesOf = (
  nodes: readonly TemplateNode[],
  draft: PlanDraft,
): { overrides: PlanNodeOverride[]; problems: Record<string, string> } => {
  const problems: Record<string, string> = {};
  const overrides: PlanNodeOverride[] = [];
  for (const node of nodes) {
    if (!draft.edits[node.key]) continue;
    const edit = editOf(node, draft);
    const problem = durationProblem(edit.duration);
    if (problem) problems[node.key] = problem;
    else
      overrides.push({
        key: node.key,
        durationWd: Number(edit.duration),
        predecessors: edit.predecessors,
        coveredByZoneAssessment: edit.covered,
      });
  }
  return { overrides, problems };
};
