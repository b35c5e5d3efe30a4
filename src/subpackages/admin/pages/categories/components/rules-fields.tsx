import { Text, View } from '@tarojs/components';
import type { RoutingRules } from '@core/tickets/service-category';
import { TEAM_KIND_LABELS, type TeamKind } from '@core/identity/staff';
import { FormField } from '@/components/form-field';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { TextField } from '@/subpackages/admin/components/text-field';
import type { TeamOption } from '@/subpackages/admin/use-options';

export interface RulesDraft {
  responseWorkingHours: string;
  resolutionWorkingDays: string;
  steps: string[];
  fallbackTeamId: string[];
}

export const draftOfRules = (
  targets: { responseWorkingHours: number; resolutionWorkingDays: number },
  routing: RoutingRules,
): RulesDraft => ({
  responseWorkingHours: String(targets.responseWorkingHours),
  resolutionWorkingDays: String(targets.resolutionWorkingDays),
  steps: routing.steps,
  fallbackTeamId: routing.fallbackTeamId ? [routing.fallbackTeamId] : [],
});

type TargetField = 'responseWorkingHours' | 'resolutionWorkingDays';

/** A blank number box stays blank (the schema says "请填写"), not 0. */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export const rulesOfDraft = (d: RulesDraft) => ({
  targets: {
    responseWorkingHours: numberOf(d.responseWorkingHours),
    resolutionWorkingDays: numberOf(d.resolutionWorkingDays),
  },
  routing: { steps: d.steps as TeamKind[], fallbackTeamId: d.fallbackTeamId[0] ?? null },
});

const STEP_OPTIONS = (Object.keys(TEAM_KIND_LABELS) as TeamKind[]).map((k) => ({ id: k, label: TEAM_KIND_LABELS[k] }));

export const routingText = (routing: RoutingRules, fallbackName: string | null): string =>
  `${routing.steps.map((s) => TEAM_KIND_LABELS[s]).join(' → ')}${fallbackName ? `（兜底：${fallbackName}）` : ''}`;

/** Targets (working hours / days) and routing (kinds in the order tapped, the fallback desk) of one rules version. */
export function RulesFields(props: {
  draft: RulesDraft;
  onChange: (d: RulesDraft) => void;
  teams: TeamOption[];
  errors: { targets?: string | undefined; routing?: string | undefined };
}) {
  const { draft, onChange } = props;
  const target = (name: TargetField, label: string, hint: string, error?: string) => (
    <TextField
      label={label}
      hint={hint}
      isRequired
      type="number"
      name={name}
      value={draft[name]}
      onChange={(v) => onChange({ ...draft, [name]: v })}
      error={error}
    />
  );
  return (
    <View className="admin-rules-fields">
      {target('responseWorkingHours', '首次响应时限（工作小时）', '1–80')}
      {target('resolutionWorkingDays', '办结时限（工作日）', '1–60', props.errors.targets)}
      <FormField label="派单顺序（按点选顺序依次尝试）" isRequired>
        <ChipSelect
          name="steps"
          options={STEP_OPTIONS}
          selected={draft.steps}
          onChange={(steps) => onChange({ ...draft, steps })}
        />
      </FormField>
      <Text className="muted">
        当前顺序：{draft.steps.map((s) => TEAM_KIND_LABELS[s as TeamKind]).join(' → ') || '未选择'}
      </Text>
      <FormField label="兜底窗口（不选则为开发区值班台）" error={props.errors.routing}>
        <ChipSelect
          name="fallbackTeamId"
          isSingle
          options={props.teams.filter((t) => t.kind === 'duty_desk' || t.kind === 'category_desk')}
          selected={draft.fallbackTeamId}
          onChange={(fallbackTeamId) => onChange({ ...draft, fallbackTeamId })}
        />
      </FormField>
    </View>
  );
}
