import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { PlanView } from '@core/projects/project-actions';
import type { PlannedNode } from '@core/projects/plan-backwards';
import type { ProjectTemplate, TemplateNode } from '@core/projects/project-template';
import { FormField } from '@/components/form-field';
import { ResourceView } from '@/components/state-view';
import { Section } from '@/components/section';
import { taroStorage } from '@/services/local-storage';
import { projectStores, useProjectDetails, useTemplates } from '@/stores/project-stores';
import { TEXT_BUTTON } from '@/utils/a11y';
import { editOf, overridesOf, type NodeEdit, type PlanDraft } from '../../plan-draft';
import '../../components/project-parts.scss';
import { SavePlan } from './components/save-plan';
import './index.scss';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The editor's draft per project, kept on the device. */
const useStoredDraft = (projectId: string) => {
  const key = `zd_project_plan_${projectId}`;
  const [draft, setDraft] = useState<PlanDraft>(() => {
    const stored = taroStorage.get(key) as PlanDraft | null;
    return stored && typeof stored.target === 'string' && typeof stored.edits === 'object'
      ? stored
      : { target: '', edits: {} };
  });
  const save = (next: PlanDraft) => {
    setDraft(next);
    taroStorage.set(key, next);
  };
  return [draft, save] as const;
};

function NodeEditor(props: {
  node: TemplateNode;
  all: readonly TemplateNode[];
  edit: NodeEdit;
  problem?: string;
  planned?: PlannedNode;
  onChange: (edit: NodeEdit) => void;
}) {
  const { node, edit, planned } = props;
  const toggle = (key: string) =>
    props.onChange({
      ...edit,
      predecessors: edit.predecessors.includes(key)
        ? edit.predecessors.filter((k) => k !== key)
        : [...edit.predecessors, key],
    });
  return (
    <View className="plan-node" data-node={node.key}>
      <Text className="plan-node__name">
        {node.name} · {node.owner.label}
        {node.durationSettled ? '' : '（时限待区办核定）'}
      </Text>
      {planned && (
        <Text className={`plan-node__result ${planned.lateByWd > 0 ? 'plan-node__result--late' : ''}`}>
          {planned.covered
            ? '区域评估已覆盖，不占工期'
            : `最迟开始 ${planned.latestStart} · 最迟完成 ${planned.latestFinish}${
                planned.lateByWd > 0 ? ` · 已晚${planned.lateByWd}个工作日` : ''
              }`}
        </Text>
      )}
      <FormField label="工期（工作日）" field={`node-${node.key}`} error={props.problem}>
        <Input
          className="input"
          type="number"
          value={edit.duration}
          aria-label={`${node.name}工期（工作日）`}
          onInput={(e) => props.onChange({ ...edit, duration: e.detail.value })}
        />
      </FormField>
      <Text className="muted plan-node__label">前置节点（完成后才能开始）</Text>
      <View className="choices">
        {props.all
          .filter((n) => n.key !== node.key)
          .map((n) => (
            <Text
              key={n.key}
              {...{ role: 'checkbox', 'aria-checked': edit.predecessors.includes(n.key) }}
              className={`choice ${edit.predecessors.includes(n.key) ? 'choice--on' : ''}`}
              onClick={() => toggle(n.key)}
            >
              {n.name}
            </Text>
          ))}
      </View>
      <Text
        {...{ role: 'checkbox', 'aria-checked': edit.covered }}
        className={`choice plan-node__covered ${edit.covered ? 'choice--on' : ''}`}
        onClick={() => props.onChange({ ...edit, covered: !edit.covered })}
      >
        区域评估已覆盖
      </Text>
    </View>
  );
}

function PlanBanner({ plan, error }: { plan: PlanView | null; error: string | null }) {
  if (error)
    return (
      <Text className="projects-page__banner projects-page__banner--bad" {...{ role: 'alert' }}>
        {error}
      </Text>
    );
  if (!plan) return <Text className="muted">填写目标投产日期后，显示每个节点的最迟开始和完成日期。</Text>;
  return plan.status === 'infeasible' ? (
    <Text className="projects-page__banner projects-page__banner--bad" {...{ role: 'alert' }}>
      工期不可行：按今天（{plan.today}）计已缺 {plan.shortfallWd} 个工作日。日期不会自动顺延，请调整目标日期或工期。
    </Text>
  ) : (
    <Text className="projects-page__banner projects-page__banner--good">
      工期可行：各节点在最迟开始日期前启动即可于 {plan.target} 前投产。
    </Text>
  );
}

function Editor({
  projectId,
  template,
  isPlanned,
}: {
  projectId: string;
  template: ProjectTemplate;
  isPlanned: boolean;
}) {
  const [draft, setDraft] = useStoredDraft(projectId);
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { overrides, problems } = overridesOf(template.nodes, draft);
  const request = JSON.stringify({ target: draft.target, overrides });
  const targetProblem = draft.target && !isDate(draft.target) ? '请按 2027-12-31 的格式填写' : undefined;

  useEffect(() => {
    if (!isDate(draft.target) || Object.keys(problems).length > 0) return;
    let isCurrent = true;
    // A short pause while typing: one plan per settled edit, and only the newest answer is shown.
    const timer = setTimeout(() => {
      void projectStores.plan({ projectId, templateId: template.id, target: draft.target, overrides }).then((a) => {
        if (!isCurrent) return;
        setPlan(a.ok ? a.data : null);
        setError(a.ok ? null : a.error.message);
      });
    }, 300);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // `request` is the plan's whole input as text: re-plan when and only when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, projectId, template.id]);

  const byKey = new Map(plan?.nodes.map((n) => [n.key, n]));
  return (
    <>
      <Section title="目标">
        <FormField label="目标投产日期" isRequired field="target" error={targetProblem} hint={template.note}>
          <Input
            className="input"
            value={draft.target}
            placeholder="YYYY-MM-DD"
            maxlength={10}
            onInput={(e) => setDraft({ ...draft, target: e.detail.value })}
          />
        </FormField>
        <PlanBanner plan={plan} error={error} />
        {Object.keys(draft.edits).length > 0 && (
          <Text {...TEXT_BUTTON} className="projects-page__link" onClick={() => setDraft({ ...draft, edits: {} })}>
            恢复模板工期
          </Text>
        )}
      </Section>
      <Section title={`节点（${template.name}）`}>
        {template.nodes.map((node) => (
          <NodeEditor
            key={node.key}
            node={node}
            all={template.nodes}
            edit={editOf(node, draft)}
            problem={problems[node.key]}
            planned={byKey.get(node.key)}
            onChange={(edit) => setDraft({ ...draft, edits: { ...draft.edits, [node.key]: edit } })}
          />
        ))}
      </Section>
      <SavePlan
        projectId={projectId}
        templateId={template.id}
        target={draft.target}
        overrides={overrides}
        isPlanned={isPlanned}
        canSave={isDate(draft.target) && Object.keys(problems).length === 0}
      />
    </>
  );
}

/** 倒排工期 (staff): the target production date and the template's nodes, planned back live; nothing is moved to fit. */
export default function PlanEditorPage() {
  const id = useRouter().params.id ?? '';
  const templates = useTemplates();
  const project = useProjectDetails().byId[id]?.data ?? null;
  useEffect(() => {
    if (templates.status === 'idle') void templates.load();
  }, [templates]);
  useEffect(() => {
    if (id) void projectStores.details.getState().load(id);
  }, [id]);
  return (
    <View className="page projects-page">
      <Text className="muted projects-page__note">
        从目标投产日期按工作日倒排（含调休上班日），修改工期可即时试算。
      </Text>
      <ResourceView resource={templates} emptyText="暂无工期模板" onRetry={() => void templates.load()}>
        {(list) => {
          // The plan's own template once one is saved, else the first (the zone orders them).
          const template = list.find((t) => t.id === project?.plan?.templateId) ?? list[0];
          return template ? (
            <Editor projectId={id} template={template} isPlanned={project?.plan != null} />
          ) : (
            <Text className="muted">暂无工期模板</Text>
          );
        }}
      </ResourceView>
    </View>
  );
}
