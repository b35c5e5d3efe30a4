import { Input, Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { TEXT_BUTTON } from '@/utils/a11y';
import { conditionKey, type ScreeningDraft } from '../screening-draft';

type Conditions = ScreeningDraft['conditions'];

/** 有条件通过: each condition with its working days and the plan node it must be done before (it becomes a plan node). */
export function ConditionsEditor(props: {
  conditions: Conditions;
  planNodes: { key: string; name: string }[];
  errors: Record<string, string>;
  onChange: (conditions: Conditions) => void;
}) {
  const set = (i: number, patch: Partial<Conditions[number]>) =>
    props.onChange(props.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <View className="screening__conditions">
      {props.conditions.map((c, i) => (
        <FormField key={i} label={`条件${i + 1}`} field={conditionKey(i)} error={props.errors[conditionKey(i)]}>
          <Input
            className="screening__input"
            name={`condition-${i}-text`}
            placeholder="条件内容，如：取得节能审查意见"
            value={c.text}
            onInput={(e) => set(i, { text: e.detail.value })}
          />
          <Input
            className="screening__input"
            name={`condition-${i}-days`}
            type="number"
            placeholder="完成时限（工作日）"
            value={c.durationWd}
            onInput={(e) => set(i, { durationWd: e.detail.value })}
          />
          <Text className="muted">须在以下节点前完成：</Text>
          <View className="screening__chips">
            {props.planNodes.map((n) => (
              <Text
                {...TEXT_BUTTON}
                key={n.key}
                aria-pressed={c.beforeKey === n.key}
                className={`screening__chip ${c.beforeKey === n.key ? 'screening__chip--on' : ''}`}
                onClick={() => set(i, { beforeKey: n.key })}
              >
                {n.name}
              </Text>
            ))}
          </View>
          <Text
            {...TEXT_BUTTON}
            className="screening__link"
            onClick={() => props.onChange(props.conditions.filter((_, j) => j !== i))}
          >
            删除条件{i + 1}
          </Text>
        </FormField>
      ))}
      {props.errors.conditions && <Text className="screening__error">{props.errors.conditions}</Text>}
      <Text
        {...TEXT_BUTTON}
        className="screening__link"
        onClick={() => props.onChange([...props.conditions, { text: '', durationWd: '', beforeKey: 'permit' }])}
      >
        ＋ 添加条件（成为项目计划节点）
      </Text>
    </View>
  );
}
