import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { SCREENING_LABELS } from '@core/projects/project';
import { screeningOutcomeOf } from '@core/projects/screening/screening';
import { bindTextField, FormField, TextInputField } from '@/components/form-field';
import { Section } from '@/components/section';
import { revealFirstError } from '@/utils/reveal-first-error';
import { TEXT_BUTTON } from '@/utils/a11y';
import { ConditionsEditor } from '../../components/conditions-editor';
import { FileField } from '../../components/file-field';
import { conditionKey, itemKey } from '../../screening-draft';
import { screeningFormOf, useScreeningForm, type Subject } from '../../screening-store';
import { ItemRow } from './components/item-row';
import { Verdict } from './components/verdict';
import './index.scss';

const DECISIONS = [
  ['passed', '通过'],
  ['conditional', '有条件通过'],
  ['rejected', '不予引进'],
] as const;

/** 绿色招商筛查 (四个坚决不上) of a lead or project: the checklist, then the 评审会's decision when it was sent there. */
export default function ScreeningPage() {
  const params = useRouter().params;
  const kind: Subject['kind'] = params.kind === 'lead' ? 'lead' : 'project';
  const id = params.id ?? '';
  const form = useMemo(() => screeningFormOf({ kind, id }), [kind, id]);
  const state = useScreeningForm(form);
  useEffect(() => void form.getState().load(), [form]);
  const { view, draft, errors } = state;

  if (!view) return <View className="page screening">{state.loadError ?? '加载中…'}</View>;
  const isReview = view.screening?.outcome === 'review';
  const isOpen = !view.screening || isReview;
  const order = [
    ...view.items.map((i) => itemKey(i.id)),
    ...draft.conditions.map((_, i) => conditionKey(i)),
    'conditions',
    'investmentWan',
    'minutes',
    'heldOn',
    'decision',
  ];
  const submit = async () => {
    const found = await form.getState().submit();
    if (Object.keys(found).length === 0) void Taro.showToast({ title: '已提交', icon: 'success' });
    else if (!revealFirstError(order, found)) void Taro.showToast({ title: found.form ?? '提交失败', icon: 'none' });
  };
  const preview = screeningOutcomeOf(
    view.items.map((i) => ({ isVeto: i.isVeto, answer: draft.answers[i.id]?.answer ?? 'unverified' })),
    draft.conditions.length,
  );

  return (
    <View className="page screening">
      <Text className="screening__title">{view.subject.name}</Text>
      <Text className="muted">内部工作区：绿色招商筛查（四个坚决不上）</Text>
      <Text className="muted screening__note">
        “四个坚决不上”的具体内容未在公开资料中找到；检查项取自平原县“五不批”等公开规则，标“待区办核定”者以区办核定为准。
      </Text>
      {view.screening && <Verdict screening={view.screening} />}
      {isOpen && !view.canScreen && (
        <View className="screening__error" role="alert">
          您引入了该线索或是该项目的领导，须由其他人员筛查。
        </View>
      )}
      {isOpen && view.canScreen && !isReview && (
        <Section title={`检查表（${view.items.length}项）`}>
          {view.items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              answer={draft.answers[item.id]}
              error={errors[itemKey(item.id)]}
              onChange={(a) => state.update({ answers: { ...draft.answers, [item.id]: a } })}
            />
          ))}
          <ConditionsEditor
            conditions={draft.conditions}
            planNodes={view.planNodes}
            errors={errors}
            onChange={(conditions) => state.update({ conditions })}
          />
          {view.subject.kind === 'lead' && (
            <TextInputField
              label="计划投资（万元）"
              hint="企业所述，用于统计不予引进的投资额"
              {...bindTextField(state, 'investmentWan')}
              className="screening__input"
              name="investmentWan"
              type="digit"
            />
          )}
          <FormField label="筛查意见">
            <Textarea
              className="screening__input"
              name="note"
              value={draft.note}
              maxlength={500}
              onInput={(e) => state.update({ note: e.detail.value })}
            />
          </FormField>
          <Text className="screening__preview">按当前填写，结论为：{SCREENING_LABELS[preview]}</Text>
        </Section>
      )}
      {isReview && view.canScreen && (
        <Section title="评审会结论">
          <FormField label="评审会纪要" isRequired field="minutes" error={errors.minutes}>
            <FileField files={draft.minutes} onChange={(minutes) => state.update({ minutes })} />
          </FormField>
          <TextInputField
            label="评审会日期"
            isRequired
            hint="如 2026-11-26"
            {...bindTextField(state, 'heldOn')}
            className="screening__input"
            name="heldOn"
            placeholder="YYYY-MM-DD"
          />
          <FormField label="结论" isRequired field="decision" error={errors.decision}>
            <View className="screening__chips">
              {DECISIONS.map(([d, label]) => (
                <Text
                  {...TEXT_BUTTON}
                  key={d}
                  aria-pressed={draft.decision === d}
                  className={`screening__chip ${draft.decision === d ? 'screening__chip--on' : ''}`}
                  onClick={() => state.update({ decision: d })}
                >
                  {label}
                </Text>
              ))}
            </View>
          </FormField>
          {draft.decision === 'conditional' && (
            <ConditionsEditor
              conditions={draft.conditions}
              planNodes={view.planNodes}
              errors={errors}
              onChange={(conditions) => state.update({ conditions })}
            />
          )}
        </Section>
      )}
      {isOpen && view.canScreen && (
        <>
          {errors.form && (
            <View className="screening__error" role="alert">
              {errors.form}
            </View>
          )}
          <Button className="screening__submit" loading={state.isBusy} onClick={() => void submit()}>
            {isReview ? '录入评审会结论' : '提交筛查结果'}
          </Button>
        </>
      )}
    </View>
  );
}
