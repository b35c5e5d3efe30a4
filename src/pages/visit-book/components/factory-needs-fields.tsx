import { Input, Text, View } from '@tarojs/components';
import { ENVIRONMENT_CATEGORIES, ENVIRONMENT_CATEGORY_LABELS } from '@core/visits/visit';
import { FormField } from '@/components/form-field';
import type { BookingDraft, DraftErrors } from '@/stores/booking-draft';
import { TEXT_BUTTON } from '@/utils/a11y';

type NeedsPatch = Partial<
  Pick<BookingDraft, 'areaM2' | 'floorLoadKn' | 'craneTons' | 'powerKva' | 'environmentCategory'>
>;

const NUMBER_FIELDS = [
  ['areaM2', '厂房面积', '平方米'],
  ['floorLoadKn', '地面承重', 'kN/㎡'],
  ['craneTons', '行车（吊车）', '吨'],
  ['powerKva', '用电容量', 'kVA'],
] as const;

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
        <View className="choices">
          {ENVIRONMENT_CATEGORIES.map((category) => (
            <Text
              {...TEXT_BUTTON}
              key={category}
              className={`choice ${props.draft.environmentCategory === category ? 'choice--on' : ''}`}
              onClick={() =>
                props.onChange({ environmentCategory: props.draft.environmentCategory === category ? null : category })
              }
            >
              {ENVIRONMENT_CATEGORY_LABELS[category]}
            </Text>
          ))}
        </View>
      </FormField>
    </View>
  );
}
