import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { PROJECT_STAGES, PROJECT_STAGE_LABELS, type ProjectStage } from '@core/projects/project';
import type { ProjectView } from '@core/projects/project-actions';
import { AttachmentPicker } from '@/components/attachment-picker';
import { bindTextField, FormField, TextInputField } from '@/components/form-field';
import { ResourceView } from '@/components/state-view';
import { Section } from '@/components/section';
import { projectStores, useProjectDetails } from '@/stores/project-stores';
import { STAGE_FIELD_ORDER } from '@/stores/project-stage-draft';
import { revealFirstError } from '@/utils/reveal-first-error';
import '../../components/project-parts.scss';

const DATE_LABELS: Record<ProjectStage, string> = {
  negotiating: '',
  signed: '签约日期',
  construction: '开工日期',
  completed: '竣工验收备案日期',
  production: '投产日期',
};

const nextStageOf = (p: ProjectView): ProjectStage | null =>
  PROJECT_STAGES[PROJECT_STAGES.indexOf(p.stage) + 1] ?? null;

const done = (title: string) => {
  void Taro.showToast({ title, icon: 'success' });
  void Taro.navigateBack();
};

/** A form's failure that belongs to no field, then its one submit button (busy while sending). */
function SubmitRow(props: {
  form: { isSubmitting: boolean; submitError: { message: string } | null };
  kind: 'primary-button' | 'danger-button';
  label: string;
  onSubmit: () => Promise<void>;
}) {
  const { isSubmitting, submitError } = props.form;
  return (
    <>
      {submitError && (
        <Text className="projects-page__error" {...{ role: 'alert' }}>
          {submitError.message}
        </Text>
      )}
      <Button
        className={`${props.kind} ${isSubmitting ? 'is-busy' : ''}`}
        disabled={isSubmitting || undefined}
        onClick={() => void props.onSubmit()}
      >
        {props.label}
      </Button>
    </>
  );
}

/** 推进阶段: the next stage with its evidence. The draft stays on the device until it is sent. */
function AdvanceForm({ project, to }: { project: ProjectView; to: ProjectStage }) {
  const store = projectStores.stageForm(project.id);
  const form = useStore(store);
  const { draft, errors } = form;
  useEffect(() => {
    if (draft.to !== to) form.update({ to });
  }, [draft.to, to, form]);
  const submit = async () => {
    const answer = await form.submit(undefined);
    if (answer) return done(`已推进到${PROJECT_STAGE_LABELS[to]}`);
    revealFirstError(STAGE_FIELD_ORDER, store.getState().errors);
  };
  return (
    <Section title={`推进到“${PROJECT_STAGE_LABELS[to]}”`}>
      <TextInputField
        label={DATE_LABELS[to]}
        isRequired
        {...bindTextField(form, 'date')}
        hint="格式：2026-12-01，不晚于今天"
        placeholder="YYYY-MM-DD"
        maxlength={10}
      />
      {to === 'signed' && (
        <FormField label="投资协议文件" isRequired field="agreementFile" error={errors.agreementFile}>
          <AttachmentPicker
            files={draft.agreementFile ? [draft.agreementFile] : []}
            onAdd={(file) => form.update({ agreementFile: file })}
            onRemove={() => form.update({ agreementFile: null })}
          />
        </FormField>
      )}
      {to === 'construction' && (
        <>
          <TextInputField
            label="施工许可证编号"
            {...bindTextField(form, 'permitNo')}
            hint="编号与现场照片至少填一项"
            placeholder="如 371426202612010101"
            maxlength={40}
          />
          <FormField label="现场照片" field="sitePhoto" error={errors.sitePhoto}>
            <AttachmentPicker
              files={draft.sitePhoto ? [draft.sitePhoto] : []}
              onAdd={(file) => form.update({ sitePhoto: file })}
              onRemove={() => form.update({ sitePhoto: null })}
            />
          </FormField>
        </>
      )}
      {errors.to && <Text className="projects-page__error">{errors.to}</Text>}
      <SubmitRow form={form} kind="primary-button" label="确认推进" onSubmit={submit} />
    </Section>
  );
}

/** 终止 with a reason; nothing moves after it. */
function TerminateForm({ project }: { project: ProjectView }) {
  const store = projectStores.terminateForm(project.id);
  const form = useStore(store);
  const submit = async () => {
    const answer = await form.submit(undefined);
    if (answer) return done('项目已终止');
    revealFirstError(['reason'], store.getState().errors);
  };
  return (
    <Section title="终止项目">
      <FormField label="终止原因（内部）" isRequired field="reason" error={form.errors.reason}>
        <Textarea
          className="textarea"
          value={form.draft.reason}
          placeholder="如：企业战略调整，暂缓投资"
          maxlength={200}
          onInput={(e) => form.update({ reason: e.detail.value })}
        />
      </FormField>
      <SubmitRow form={form} kind="danger-button" label="确认终止" onSubmit={submit} />
    </Section>
  );
}

/** 推进阶段或终止 (staff): stages move forward only, each with its evidence. */
export default function ProjectStagePage() {
  const id = useRouter().params.id ?? '';
  const details = useProjectDetails();
  // Once per project opened straight here (the project page has usually loaded it): the store's state
  // changes with every answer, so depending on it would load again while loading, without end.
  useEffect(() => {
    const { byId, load } = projectStores.details.getState();
    if (id && !byId[id]?.data) void load(id);
  }, [id]);
  return (
    <View className="page projects-page">
      <ResourceView resource={details.byId[id]} emptyText="项目不存在或无权查看" onRetry={() => void details.load(id)}>
        {(p) => {
          const to = nextStageOf(p);
          if (p.status === 'terminated' || !to)
            return <Text className="muted">该项目已{p.status === 'terminated' ? '终止' : '投产'}，不能再推进。</Text>;
          return (
            <>
              <Text className="muted projects-page__note">
                {p.name} · 当前：{PROJECT_STAGE_LABELS[p.stage]}。阶段只能向前推进，每一步需附证明材料。
              </Text>
              <AdvanceForm project={p} to={to} />
              <TerminateForm project={p} />
            </>
          );
        }}
      </ResourceView>
    </View>
  );
}
