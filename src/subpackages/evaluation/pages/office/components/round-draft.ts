import type { PanelKind } from '@core/evaluation/evaluation';
import type { Picked } from './project-picker';

export const ROUND_FIELDS = ['title', 'targets', 'projects', 'panels', 'dimensions', 'windowWorkingDays'] as const;
export type RoundField = (typeof ROUND_FIELDS)[number] | 'form';
export type RoundErrors = Partial<Record<RoundField, string>>;

/** The round form as typed: weights and the window stay text until sent, so a half-typed number is kept. */
export interface RoundDraft {
  title: string;
  /** Team ids. */
  targets: string[];
  projects: Picked[];
  panels: PanelKind[];
  dimensions: { name: string; weight: string }[];
  windowWorkingDays: string;
}

export const weightTotal = (draft: RoundDraft): number =>
  draft.dimensions.reduce((n, d) => n + (Number(d.weight) || 0), 0);

/** What the office must fix before the round is sent, each next to its field; none when it may go. */
export const checkRoundDraft = (draft: RoundDraft): RoundErrors => {
  const found: RoundErrors = {};
  const total = weightTotal(draft);
  if (draft.title.trim().length < 2) found.title = '请填写评议名称';
  if (draft.targets.length + draft.projects.length < 2) found.targets = '请至少选择两个评议对象（团队和项目合计）';
  if (draft.panels.length === 0) found.panels = '请至少选择一个评议组';
  if (draft.dimensions.some((d) => d.name.trim().length < 2)) found.dimensions = '请填写每个维度的名称（至少2个字）';
  else if (total !== 100) found.dimensions = `各维度权重之和须为 100（现为 ${total}）`;
  return found;
};

/** The draft as the action's input: teams first, then projects, in the order they were picked. */
export const roundInputOf = (draft: RoundDraft) => ({
  title: draft.title.trim(),
  targets: [
    ...draft.targets.map((id) => ({ kind: 'team' as const, id })),
    ...draft.projects.map((p) => ({ kind: 'project' as const, id: p.id })),
  ],
  panels: draft.panels,
  dimensions: draft.dimensions.map((d) => ({ name: d.name.trim(), weight: Number(d.weight) })),
  windowWorkingDays: Number(draft.windowWorkingDays),
});

/** Where a server refusal goes: `targets.N` past the teams is one of the projects, since the input lists teams first. */
export const fieldOfRefusal = (draft: RoundDraft, field: string | undefined): RoundField => {
  const [head = 'form', index] = field?.split('.') ?? [];
  const named = head === 'targets' && Number(index) >= draft.targets.length ? 'projects' : head;
  return (ROUND_FIELDS as readonly string[]).includes(named) ? (named as RoundField) : 'form';
};
