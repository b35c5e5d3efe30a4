import { Text, View } from '@tarojs/components';
import { TEXT_BUTTON } from '@/utils/a11y';
import { EvalInput } from '@/subpackages/evaluation/components/eval-input';
import type { RoundDraft } from './round-draft';

type Dimensions = RoundDraft['dimensions'];

/** The form's weighted dimensions: a name and a weight per row, rows added and removed in place. */
export function DimensionsEditor({ dims, onChange }: { dims: Dimensions; onChange: (d: Dimensions) => void }) {
  const patch = (i: number, change: Partial<Dimensions[number]>) =>
    onChange(dims.map((x, j) => (j === i ? { ...x, ...change } : x)));
  return (
    <>
      {dims.map((d, i) => (
        <View key={i} className="eval-row eval-row--line">
          <EvalInput
            name={`dimension-${i}`}
            size="grow"
            value={d.name}
            maxlength={20}
            onChange={(name) => patch(i, { name })}
          />
          <EvalInput
            name={`weight-${i}`}
            size="weight"
            type="number"
            value={d.weight}
            onChange={(weight) => patch(i, { weight })}
          />
          <Text
            {...TEXT_BUTTON}
            aria-label={`删除维度 ${d.name || i + 1}`}
            className="eval-chip"
            onClick={() => onChange(dims.filter((_, j) => j !== i))}
          >
            删除
          </Text>
        </View>
      ))}
      <Text {...TEXT_BUTTON} className="eval-chip" onClick={() => onChange([...dims, { name: '', weight: '0' }])}>
        增加维度
      </Text>
    </>
  );
}
