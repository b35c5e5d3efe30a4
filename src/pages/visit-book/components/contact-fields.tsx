import { Input, Text, Textarea, View } from '@tarojs/components';
import type { Industry } from '@core/catalog/catalog';
import { INVESTMENT_BANDS, INVESTMENT_BAND_LABELS } from '@core/visits/visit';
import { FormField } from '@/components/form-field';
import type { BookingDraft, DraftErrors } from '@/stores/booking-draft';
import { TEXT_BUTTON } from '@/utils/a11y';

type Patch = Partial<Omit<BookingDraft, 'requestId'>>;

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
      <FormField label="公司名称" isRequired field="company" error={errors.company}>
        <Input
          className="input"
          value={draft.company}
          maxlength={60}
          placeholder="请输入公司全称"
          onInput={(e) => onChange({ company: e.detail.value })}
        />
      </FormField>
      <FormField label="联系人" isRequired field="contactName" error={errors.contactName}>
        <Input
          className="input"
          value={draft.contactName}
          maxlength={20}
          placeholder="请输入姓名"
          onInput={(e) => onChange({ contactName: e.detail.value })}
        />
      </FormField>
      <FormField
        label="手机号"
        isRequired
        hint="仅用于本次考察的接待联系"
        field="contactPhone"
        error={errors.contactPhone}
      >
        <Input
          className="input"
          type="number"
          value={draft.contactPhone}
          maxlength={11}
          placeholder="11位手机号"
          onInput={(e) => onChange({ contactPhone: e.detail.value })}
        />
      </FormField>
      <FormField label="来访人数" isRequired hint="1–20人" field="partySize" error={errors.partySize}>
        <Input
          className="input"
          type="number"
          value={draft.partySize}
          maxlength={2}
          placeholder="人数"
          onInput={(e) => onChange({ partySize: e.detail.value })}
        />
      </FormField>
      <FormField label="计划投资规模" isRequired field="investmentBand" error={errors.investmentBand}>
        <View className="choices">
          {INVESTMENT_BANDS.map((band) => (
            <Text
              {...TEXT_BUTTON}
              key={band}
              className={`choice ${draft.investmentBand === band ? 'choice--on' : ''}`}
              onClick={() => onChange({ investmentBand: band })}
            >
              {INVESTMENT_BAND_LABELS[band]}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="意向产业" hint="可多选" field="industryIds" error={errors.industryIds}>
        <View className="choices">
          {props.industries.map((industry) => (
            <Text
              {...TEXT_BUTTON}
              key={industry.id}
              className={`choice ${draft.industryIds.includes(industry.id) ? 'choice--on' : ''}`}
              onClick={() => toggleIndustry(industry.id)}
            >
              {industry.name}
            </Text>
          ))}
        </View>
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
