import { Input, Textarea, View } from '@tarojs/components';
import type { Industry } from '@core/catalog/catalog';
import { INVESTMENT_BANDS, INVESTMENT_BAND_LABELS } from '@core/visits/visit';
import { FormField } from '@/components/form-field';
import type { BookingDraft, DraftErrors } from '@/stores/booking-draft';
import { Choices } from './choices';

type Patch = Partial<Omit<BookingDraft, 'requestId'>>;

/** The typed fields, every one required: label, hint, length and placeholder. */
const TEXT_FIELDS: readonly {
  field: 'company' | 'contactName' | 'contactPhone' | 'partySize';
  label: string;
  maxlength: number;
  placeholder: string;
  hint?: string;
  isNumber?: boolean;
}[] = [
  { field: 'company', label: '公司名称', maxlength: 60, placeholder: '请输入公司全称' },
  { field: 'contactName', label: '联系人', maxlength: 20, placeholder: '请输入姓名' },
  {
    field: 'contactPhone',
    label: '手机号',
    maxlength: 11,
    placeholder: '11位手机号',
    hint: '仅用于本次考察的接待联系',
    isNumber: true,
  },
  { field: 'partySize', label: '来访人数', maxlength: 2, placeholder: '人数', hint: '1–20人', isNumber: true },
];

const BAND_OPTIONS = INVESTMENT_BANDS.map((band) => ({ key: band, label: INVESTMENT_BAND_LABELS[band] }));

/** Who comes and what they are looking for. */
export function ContactFields(props: {
  draft: BookingDraft;
  errors: DraftErrors;
  industries: Industry[];
  onChange(patch: Patch): void;
}) {
  const { draft, errors, onChange } = props;
  const toggleIndustry = (id: string) =>
    onChange({
      industryIds: draft.industryIds.includes(id)
        ? draft.industryIds.filter((x) => x !== id)
        : [...draft.industryIds, id],
    });
  return (
    <View>
      {TEXT_FIELDS.map((f) => (
        <FormField key={f.field} label={f.label} isRequired hint={f.hint} field={f.field} error={errors[f.field]}>
          <Input
            className="input"
            type={f.isNumber ? 'number' : undefined}
            value={draft[f.field]}
            maxlength={f.maxlength}
            placeholder={f.placeholder}
            onInput={(e) => onChange({ [f.field]: e.detail.value })}
          />
        </FormField>
      ))}
      <FormField label="计划投资规模" isRequired field="investmentBand" error={errors.investmentBand}>
        <Choices
          options={BAND_OPTIONS}
          isOn={(band) => draft.investmentBand === band}
          onTap={(band) => onChange({ investmentBand: band })}
        />
      </FormField>
      <FormField label="意向产业" hint="可多选" field="industryIds" error={errors.industryIds}>
        <Choices
          options={props.industries.map((industry) => ({ key: industry.id, label: industry.name }))}
          isOn={(id) => draft.industryIds.includes(id)}
          onTap={toggleIndustry}
        />
      </FormField>
      <FormField label="备注" field="notes" error={errors.notes}>
        <Textarea
          className="textarea"
          value={draft.notes}
          maxlength={500}
          placeholder="如希望重点了解的厂房、政策等（选填）"
          onInput={(e) => onChange({ notes: e.detail.value })}
        />
      </FormField>
    </View>
  );
}
