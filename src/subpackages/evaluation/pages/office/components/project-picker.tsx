import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TargetProjectView } from '@core/evaluation/evaluation-actions';
import { EvalInput } from '@/subpackages/evaluation/components/eval-input';
import { evaluationStore } from '@/subpackages/evaluation/evaluation-store';
import { TEXT_BUTTON } from '@/utils/a11y';

export type Picked = Pick<TargetProjectView, 'id' | 'name'>;

/** Projects as targets: the picked ones (tap to remove), and a search by name, 10 at a time, to add more. */
export function ProjectPicker({ picked, onChange }: { picked: Picked[]; onChange: (p: Picked[]) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ items: TargetProjectView[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async (cursor: string | null) => {
    const answer = await evaluationStore.getState().findProjects(query.trim(), cursor);
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    setFound({ items: [...(cursor ? (found?.items ?? []) : []), ...answer.data.items], next: answer.data.next });
  };
  const isPicked = (id: string) => picked.some((p) => p.id === id);
  return (
    <View className="eval-picker">
      {picked.length > 0 && (
        <View className="eval-row" data-field="picked-projects">
          {picked.map((p) => (
            <Text
              {...TEXT_BUTTON}
              key={p.id}
              aria-label={`移除 ${p.name}`}
              className="eval-chip eval-chip--on"
              data-picked={p.name}
              onClick={() => onChange(picked.filter((x) => x.id !== p.id))}
            >
              {p.name} ✕
            </Text>
          ))}
        </View>
      )}
      <View className="eval-row eval-row--line">
        <EvalInput
          name="project-query"
          size="grow"
          placeholder="按项目名称搜索"
          value={query}
          maxlength={30}
          onChange={setQuery}
          onConfirm={() => void search(null)}
        />
        <Button
          className="eval-button eval-button--plain eval-button--small"
          data-action="find-projects"
          onClick={() => void search(null)}
        >
          搜索
        </Button>
      </View>
      {error && <Text className="evaluation__error">{error}</Text>}
      {found?.items.length === 0 && <Text className="muted">没有找到项目</Text>}
      {found && found.items.length > 0 && (
        <View className="eval-row" data-field="found-projects">
          {found.items.map((p) => (
            <Text
              key={p.id}
              data-option={p.name}
              className={`eval-chip ${isPicked(p.id) ? 'eval-chip--on' : ''}`}
              {...{ role: 'checkbox', 'aria-checked': isPicked(p.id) }}
              onClick={() =>
                onChange(isPicked(p.id) ? picked.filter((x) => x.id !== p.id) : [...picked, { id: p.id, name: p.name }])
              }
            >
              {p.name}
            </Text>
          ))}
        </View>
      )}
      {found?.next && (
        <Text
          {...TEXT_BUTTON}
          className="eval-chip"
          data-action="more-projects"
          onClick={() => void search(found.next)}
        >
          加载更多
        </Text>
      )}
    </View>
  );
}
