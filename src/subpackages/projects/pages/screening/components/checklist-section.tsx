import { Text, Textarea } from '@tarojs/components';
import { SCREENING_LABELS } from '@core/projects/project';
import { screeningOutcomeOf } from '@core/projects/screening/screening';
import type { ScreeningView } from '@core/projects/screening/screening-actions';
import { bindTextField, FormField, TextInputField } from '@/components/form-field';
import { Section } from '@/components/section';
import { namedBox } from '@/utils/a11y';
import { ConditionsEditor } from '@/subpackages/projects/components/conditions-editor';
import { itemKey } from '@/subpackages/projects/screening-draft';
import type { ScreeningFormState } from '@/subpackages/projects/screening-store';
import { ItemRow } from './item-row';

/** The checklist as the screener answers it, with the outcome those answers would give (shown before sending). */
export function ChecklistSection({ view, form }: { view: ScreeningView; form: ScreeningFormState }) {
  const { draft, errors } = form;
  const preview = screeningOutcomeOf(
    view.items.map((i) => ({ isVeto: i.isVeto, answer: draft.answers[i.id]?.answer ?? 'unverified' })),
    draft.conditions.length,
  );
  return (
    <Section title={`检查表（${view.items.length}项）`}>
      {view.items.map((item) => (
        <ItemRow
          key={item.id}
          item={item}
          answer={draft.answers[item.id]}
          error={errors[itemKey(item.id)]}
          onChange={(a) => form.update({ answers: { ...draft.answers, [item.id]: a } })}
        />
      ))}
      <ConditionsEditor
        conditions={draft.conditions}
        planNodes={view.planNodes}
        errors={errors}
        onChange={(conditions) => form.update({ conditions })}
      />
      {view.subject.kind === 'lead' && (
        <TextInputField
          label="计划投资（万元）"
          hint="企业所述，用于统计不予引进的投资额"
          {...bindTextField(form, 'investmentWan')}
          className="screening__input"
          name="investmentWan"
          type="digit"
        />
      )}
      <FormField label="筛查意见">
        <Textarea
          className="screening__input"
          name="note"
          {...namedBox('筛查意见')}
          value={draft.note}
          maxlength={500}
          onInput={(e) => form.update({ note: e.detail.value })}
        />
      </FormField>
      <Text className="screening__preview">按当前填写，结论为：{SCREENING_LABELS[preview]}</Text>
    </Section>
  );
}
