import { Text, View } from '@tarojs/components';
import type { ScreeningView } from '@core/projects/screening/screening-actions';
import { bindTextField, FormField, TextInputField } from '@/components/form-field';
import { Section } from '@/components/section';
import { TEXT_BUTTON } from '@/utils/a11y';
import { ConditionsEditor } from '@/subpackages/projects/components/conditions-editor';
import { FileField } from '@/subpackages/projects/components/file-field';
import type { ScreeningFormState } from '@/subpackages/projects/screening-store';

const DECISIONS = [
  ['passed', '通过'],
  ['conditional', '有条件通过'],
  ['rejected', '不予引进'],
] as const;

/** The 评审会's decision on a screening sent to it: minutes, date, verdict, and the conditions of a 有条件通过. */
export function ReviewSection({ view, form }: { view: ScreeningView; form: ScreeningFormState }) {
  const { draft, errors } = form;
  return (
    <Section title="评审会结论">
      <FormField label="评审会纪要" isRequired field="minutes" error={errors.minutes}>
        <FileField files={draft.minutes} onChange={(minutes) => form.update({ minutes })} />
      </FormField>
      <TextInputField
        label="评审会日期"
        isRequired
        hint="如 2026-11-26"
        {...bindTextField(form, 'heldOn')}
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
              onClick={() => form.update({ decision: d })}
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
          onChange={(conditions) => form.update({ conditions })}
        />
      )}
    </Section>
  );
}
