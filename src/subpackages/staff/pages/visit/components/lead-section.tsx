import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { VisitView } from '@core/app/contract';
import { ProjectLink } from '@/components/project-link';
import { Section } from '@/components/section';
import { projectStores } from '@/stores/project-stores';
import { useVisitProjectLinks } from '@/stores/visit-project-link';
import { TEXT_BUTTON } from '@/utils/a11y';

/** 转为线索 on a completed visit, then where the lead went: the leads list, or its project. */
export function LeadSection({ visit }: { visit: VisitView }) {
  const links = useVisitProjectLinks();
  const link = links.byId[visit.id]?.data ?? null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isCompleted = visit.status === 'completed';
  useEffect(() => {
    if (isCompleted) void links.load(visit.id);
    // Read once per visit page; 转为线索 puts its own answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visit.id, isCompleted]);
  if (!isCompleted) return null;
  const toLead = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const answer = await projectStores.leadFromVisit(visit.id);
    setBusy(false);
    if (answer.ok) void Taro.showToast({ title: '已转为线索', icon: 'success' });
    else setError(answer.error.message);
  };
  return (
    <Section title="线索与项目">
      {link?.projectId ? (
        <ProjectLink projectId={link.projectId} label="已转为项目，查看项目 ›" />
      ) : link?.leadId ? (
        <View>
          <Text className="muted">已转为线索，待转为项目。</Text>
          <Text
            {...TEXT_BUTTON}
            className="project-link"
            onClick={() => void Taro.navigateTo({ url: '/subpackages/projects/pages/leads/index' })}
          >
            去线索列表转为项目 ›
          </Text>
        </View>
      ) : (
        <Button
          className={`primary-button ${busy ? 'is-busy' : ''}`}
          disabled={busy || undefined}
          onClick={() => void toLead()}
        >
          转为线索
        </Button>
      )}
      {error && <Text className="staff-visit__error">{error}</Text>}
    </Section>
  );
}
