import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { revealFirstError } from '@/utils/reveal-first-error';
import { conditionKey, itemKey } from '../../screening-draft';
import { screeningFormOf, useScreeningForm, type Subject } from '../../screening-store';
import { ChecklistSection } from './components/checklist-section';
import { ReviewSection } from './components/review-section';
import { Verdict } from './components/verdict';
import './index.scss';

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
      {isOpen && view.canScreen && !isReview && <ChecklistSection view={view} form={state} />}
      {isReview && view.canScreen && <ReviewSection view={view} form={state} />}
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
