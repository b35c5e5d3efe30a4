import { Picker, Text, Textarea, View } from '@tarojs/components';
import { HALF_DAY_LABELS, HALF_DAYS } from '@core/visits/visit';
import type { FileRef } from '@core/tickets/ticket';
import { localDate } from '@core/kernel/calendar/local-time';
import { AttachmentPicker } from '@/components/attachment-picker';
import { Section } from '@/components/section';
import { TEXT_BUTTON } from '@/utils/a11y';
import { fieldAnchorId } from '@/utils/reveal-first-error';
import { FieldError, type FormPart } from './form-bits';

/** 希望上门时间, for a 零距离上门 category: a date from today and a half-day. */
function OnSiteTime({ draft, errors, update }: FormPart) {
  return (
    <>
      <Text className="form__label">希望上门时间</Text>
      <Picker
        mode="date"
        value={draft.onSiteDate ?? ''}
        start={localDate(Date.now())}
        onChange={(e) => update({ onSiteDate: e.detail.value })}
      >
        <View className="form__picker" id={fieldAnchorId('onSiteDate')}>
          {draft.onSiteDate ?? '请选择日期'} ›
        </View>
      </Picker>
      <View className="form__chips">
        {HALF_DAYS.map((h) => (
          <Text
            {...TEXT_BUTTON}
            key={h}
            className={`chip ${draft.onSiteHalfDay === h ? 'chip--on' : ''}`}
            onClick={() => update({ onSiteHalfDay: h })}
          >
            {HALF_DAY_LABELS[h]}
          </Text>
        ))}
      </View>
      <FieldError text={errors.onSiteDate} />
    </>
  );
}

interface Props extends FormPart {
  isOnSite: boolean;
  onAddFile(file: FileRef): void;
  onRemoveFile(fileId: string): void;
}

/** 需求说明: what is needed, when to come (on-site only) and the attachments. */
export function RequestSection(props: Props) {
  const { draft, errors } = props;
  return (
    <Section title="需求说明">
      <Textarea
        className="form__textarea"
        data-field="description"
        id={fieldAnchorId('description')}
        value={draft.description}
        maxlength={1000}
        placeholder="请说明需要办理的事项和进展"
        onInput={(e) => props.update({ description: e.detail.value })}
      />
      <FieldError text={errors.description} />
      {props.isOnSite && <OnSiteTime {...props} />}
      <Text className="form__label" id={fieldAnchorId('attachments')}>
        附件
      </Text>
      <AttachmentPicker
        files={draft.attachments}
        onAdd={props.onAddFile}
        onRemove={props.onRemoveFile}
        error={errors.attachments}
      />
    </Section>
  );
}
