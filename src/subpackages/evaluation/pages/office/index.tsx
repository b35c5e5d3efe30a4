import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { RoundProgressView } from '@core/evaluation/evaluation-actions';
import { evaluationStore } from '../../evaluation-store';
import { RoundCard } from './components/round-card';
import { RoundForm } from './components/round-form';
import '../../evaluation.scss';

/** 现场评议 (the office): open a round, follow its progress, see its results. */
export default function OfficePage() {
  const rounds = useStore(evaluationStore, (s) => s.rounds);
  const [editing, setEditing] = useState<RoundProgressView | 'new' | null>(null);
  useEffect(() => void evaluationStore.getState().loadRounds(), []);
  const done = () => {
    setEditing(null);
    void evaluationStore.getState().loadRounds();
  };
  return (
    <View className="page evaluation">
      <Text className="evaluation__note">
        内部工作区：招商服务办公室组织现场评议。窗口关闭后由系统自动公布结果、为末位团队开启整改并计入考核台账。
      </Text>
      <Button className="eval-button" data-action="new-round" onClick={() => setEditing(editing ? null : 'new')}>
        {editing ? '收起' : '开启新一轮评议'}
      </Button>
      {editing && <RoundForm round={editing === 'new' ? null : editing} onDone={done} />}
      {rounds.status === 'error' && <Text className="evaluation__error">{rounds.error?.message}</Text>}
      {rounds.status === 'ready' && rounds.data?.length === 0 && <Text className="muted">还没有评议</Text>}
      <View className="eval-grid">
        {rounds.data?.map((r) => (
          <RoundCard key={r.id} round={r} onEdit={() => setEditing(r)} />
        ))}
      </View>
    </View>
  );
}
