import { Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { TEXT_BUTTON } from '@/utils/a11y';
import {
  SCREENING_ANSWER_LABELS,
  SCREENING_ANSWERS,
  type ScreeningAnswer,
  type ScreeningItem,
} from '@core/projects/screening/screening';
import type { FileRef } from '@core/tickets/ticket';
import { FileField } from '@/subpackages/projects/components/file-field';
import { itemKey } from '@/subpackages/projects/screening-draft';

/** One checklist item: its tags, the three answers as large buttons, and evidence where it is required. */
export function ItemRow(props: {
  item: ScreeningItem;
  answer: { answer: ScreeningAnswer | null; evidence: FileRef[] } | undefined;
  error?: string;
  onChange: (answer: { answer: ScreeningAnswer | null; evidence: FileRef[] }) => void;
}) {
  const { item } = props;
  const current = props.answer ?? { answer: null, evidence: [] };
  return (
    <FormField label={`${item.order}. ${item.text}`} isRequired field={itemKey(item.id)} error={props.error}>
      <View className="screening__tags">
        <Text className="screening__tag">{item.category}</Text>
        {item.isVeto && <Text className="screening__tag screening__tag--veto">一票否决</Text>}
        {item.needsEvidence && <Text className="screening__tag">须上传佐证</Text>}
        {!item.isSettled && <Text className="screening__tag screening__tag--pending">待区办核定</Text>}
      </View>
      <Text className="muted screening__source">依据：{item.source}</Text>
      <View className="screening__chips" data-item={item.text}>
        {SCREENING_ANSWERS.map((a) => (
          <Text
            {...TEXT_BUTTON}
            key={a}
            aria-pressed={current.answer === a}
            className={`screening__chip screening__chip--${a} ${current.answer === a ? 'screening__chip--on' : ''}`}
            onClick={() => props.onChange({ ...current, answer: a })}
          >
            {SCREENING_ANSWER_LABELS[a]}
          </Text>
        ))}
      </View>
      {item.needsEvidence && current.answer === 'meets' && (
        <FileField files={current.evidence} onChange={(evidence) => props.onChange({ ...current, evidence })} />
      )}
    </FormField>
  );
}
