import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import {
  DEFAULT_DIMENSIONS,
  DEFAULT_WINDOW_WORKING_DAYS,
  PANEL_KINDS,
  PANEL_LABELS,
  type PanelKind,
} from '@core/evaluation/evaluation';
import type { RoundProgressView } from '@core/evaluation/evaluation-actions';
import { FormField } from '@/components/form-field';
import { revealFirstError } from '@/utils/reveal-first-error';
import { EvalInput } from '@/subpackages/evaluation/components/eval-input';
import { evaluationStore } from '@/subpackages/evaluation/evaluation-store';
import { Chips } from './chips';
import { DimensionsEditor } from './dimensions-editor';
import { ProjectPicker } from './project-picker';
import {
  checkRoundDraft,
  fieldOfRefusal,
  ROUND_FIELDS,
  roundInputOf,
  weightTotal,
  type RoundDraft,
  type RoundErrors,
} from './round-draft';

const PANEL_OPTIONS = PANEL_KINDS.map((p) => ({ id: p, label: PANEL_LABELS[p] }));

/** A new round's defaults, or the round being edited as a draft. */
const draftOf = (round: RoundProgressView | null): RoundDraft => ({
  title: round?.title ?? '',
  targets: round?.targets.filter((t) => t.kind === 'team').map((t) => t.id) ?? [],
  projects: round?.targets.filter((t) => t.kind === 'project').map((t) => ({ id: t.id, name: t.name })) ?? [],
  panels: round?.panels ?? [...PANEL_KINDS],
  dimensions: (round?.dimensions ?? DEFAULT_DIMENSIONS).map((d) => ({ name: d.name, weight: String(d.weight) })),
  windowWorkingDays: String(round?.windowWorkingDays ?? DEFAULT_WINDOW_WORKING_DAYS),
});

/** Opens a round, or edits one nobody has scored yet: targets, panels, the weighted form and the window. */
export function RoundForm({ round, onDone }: { round: RoundProgressView | null; onDone: () => void }) {
  const teams = useStore(evaluationStore, (s) => s.teams);
  const [draft, setDraft] = useState(() => draftOf(round));
  const [errors, setErrors] = useState<RoundErrors>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => void evaluationStore.getState().loadTeams(), []);
  const update = (patch: Partial<RoundDraft>) => setDraft({ ...draft, ...patch });
  const submit = async () => {
    const found = checkRoundDraft(draft);
    setErrors(found);
    if (revealFirstError(ROUND_FIELDS, found)) return;
    setBusy(true);
    const answer = await evaluationStore.getState().saveRound(roundInputOf(draft), round?.id ?? null);
    setBusy(false);
    if (answer.ok) return onDone();
    setErrors({ [fieldOfRefusal(draft, answer.error.field)]: answer.error.message });
  };
  return (
    <View className="eval-card" data-form="round">
      <FormField label="评议名称" isRequired field="title" error={errors.title}>
        <EvalInput name="title" value={draft.title} maxlength={40} onChange={(title) => update({ title })} />
      </FormField>
      <FormField label="评议对象（团队）" isRequired field="targets" error={errors.targets}>
        <Chips
          name="targets"
          options={teams.data ?? []}
          selected={draft.targets}
          onChange={(targets) => update({ targets })}
        />
      </FormField>
      <FormField
        label="评议对象（项目）"
        field="projects"
        error={errors.projects}
        hint="项目得分计入其服务专班所在团队；已终止的项目不可选"
      >
        <ProjectPicker picked={draft.projects} onChange={(projects) => update({ projects })} />
      </FormField>
      <FormField label="评议组" isRequired field="panels" error={errors.panels}>
        <Chips
          name="panels"
          options={PANEL_OPTIONS}
          selected={draft.panels}
          onChange={(panels) => update({ panels: panels as PanelKind[] })}
        />
      </FormField>
      <FormField
        label={`评议维度与权重（合计 ${weightTotal(draft)}/100）`}
        isRequired
        field="dimensions"
        error={errors.dimensions}
      >
        <DimensionsEditor dims={draft.dimensions} onChange={(dimensions) => update({ dimensions })} />
      </FormField>
      <FormField
        label="评议时长（工作日）"
        isRequired
        field="windowWorkingDays"
        error={errors.windowWorkingDays}
        hint="自开始起按工作日计算（+08:00），默认3个工作日；评议期间默认为开始时所在季度"
      >
        <EvalInput
          name="windowWorkingDays"
          type="number"
          value={draft.windowWorkingDays}
          onChange={(windowWorkingDays) => update({ windowWorkingDays })}
        />
      </FormField>
      {errors.form && <Text className="evaluation__error">{errors.form}</Text>}
      <Button className="eval-button" data-action="save-round" loading={busy} onClick={() => void submit()}>
        {round ? '保存修改' : '开启评议'}
      </Button>
    </View>
  );
}
