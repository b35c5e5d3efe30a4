import { Input, View } from '@tarojs/components';
import { ENVIRONMENT_CATEGORIES, ENVIRONMENT_CATEGORY_LABELS } from '@core/visits/visit';
import { FormField } from '@/components/form-field';
import type { BookingDraft, DraftErrors } from '@/stores/booking-draft';
import { Choices } from './choices';

type NeedsPatch = Partial<
  Pick<BookingDraft, 'areaM2' | 'floorLoadKn' | 'craneTons' | 'powerKva' | 'environmentCategory'>
>;

const NUMBER_FIELDS = [
  ['areaM2', '厂房面积', '平方米'],
  ['floorLoadKn', '地面承重', 'kN/㎡'],
  ['craneTons', '行车（吊车）', '吨'],
  ['powerKva', '用电容量', 'kVA'],
] as const;

const CATEGORY_OPTIONS = ENVIRONMENT_CATEGORIES.map((c) => ({ key: c, label: ENVIRONMENT_CATEGORY_LABELS[c] }));

/** 厂房需求, all optional: asked up front so the host can line up suitable units. */
export function FactoryNeedsFields(props: {
  draft: BookingDraft;
  errors: DraftErrors;
  onChange(patch: NeedsPatch): void;
}) {
  return (
    <View>
      {NUMBER_FIELDS.map(([field, label, unit]) => (
        <FormField key={field} label={`${label}（${unit}）`} field={field} error={props.errors[field]}>
          <Input
            className="input"
            type="digit"
            value={props.draft[field]}
            placeholder="选填"
            onInput={(e) => props.onChange({ [field]: e.detail.value })}
          />
        </FormField>
      ))}
      <FormField label="环评类别" field="environmentCategory" error={props.errors.environmentCategory}>
        <Choices
          options={CATEGORY_OPTIONS}
          isOn={(category) => props.draft.environmentCategory === category}
          onTap={(category) =>
            props.onChange({ environmentCategory: props.draft.environmentCategory === category ? null : category })
          }
        />
      </FormField>
    </View>
  );
}
