import { Button, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { TextInputField } from '@/components/form-field';
import { Section } from '@/components/section';
import { projectStores } from '@/stores/project-stores';
import type { PlanNodeOverride } from '@core/projects/plan-overrides';

/** 保存计划 (the first one becomes the frozen baseline) or 调整计划 with a reason; saved with the editor's changes, as previewed. */
export function SavePlan(props: {
  projectId: string;
  templateId: string;
  target: string;
  overrides: PlanNodeOverride[];
  isPlanned: boolean;
  canSave: boolean;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const answer = props.isPlanned
      ? await projectStores.replan({
          projectId: props.projectId,
          target: props.target,
          reason,
          overrides: props.overrides,
        })
      : await projectStores.commitPlan({
          projectId: props.projectId,
          templateId: props.templateId,
          target: props.target,
          overrides: props.overrides,
        });
    setBusy(false);
    if (!answer.ok) return setError({ field: answer.error.field, message: answer.error.message });
    void Taro.showToast({ title: props.isPlanned ? '计划已调整' : '计划已保存', icon: 'success' });
    void Taro.navigateBack();
  };
  return (
    <Section title={props.isPlanned ? '调整计划' : '保存计划'}>
      <Text className="muted projects-page__note">
        {props.isPlanned
          ? '已有基线计划：调整须说明原因，记入审计和进度，各节点显示与基线的偏差。'
          : '首次保存的计划冻结为基线，并为每个节点生成责任到人的“项目节点”工单。'}
      </Text>
      {props.isPlanned && (
        <TextInputField
          label="调整原因"
          isRequired
          field="reason"
          error={error?.field === 'reason' ? error.message : undefined}
          value={reason}
          placeholder="如：企业调整投产计划"
          maxlength={200}
          onInput={setReason}
        />
      )}
      {error && error.field !== 'reason' && <Text className="projects-page__error">{error.message}</Text>}
      <Button
        className={`primary-button ${busy ? 'is-busy' : ''}`}
        disabled={busy || !props.canSave || undefined}
        onClick={() => void save()}
      >
        {props.isPlanned ? '确认调整' : '保存计划'}
      </Button>
    </Section>
  );
}
