import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import type { ProjectView } from '@core/projects/project-actions';
import { PROJECT_STAGE_LABELS } from '@core/projects/project';
import { ResourceView } from '@/components/state-view';
import { Section } from '@/components/section';
import { TimelineSection } from '@/components/visit-timeline';
import { useEarlierTimeline } from '@/hooks/use-earlier-timeline';
import { projectStores, useProjectDetails } from '@/stores/project-stores';
import { usePullDownReload } from '@/utils/page-events';
import { NextDue, NodeBar } from '../../components/node-bar';
import { ProjectFacts, ProjectPeople, StageSteps } from '../../components/project-parts';
import '../../components/project-parts.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** What staff can do next: advance / terminate, and the plan. */
function StaffActions({ project }: { project: ProjectView }) {
  const isOpen = project.status !== 'terminated' && project.stage !== 'production';
  return (
    <View className="projects-page__actions">
      {isOpen && (
        <Button
          className="primary-button"
          onClick={() => go(`/subpackages/projects/pages/stage/index?id=${project.id}`)}
        >
          推进阶段或终止
        </Button>
      )}
      <Button
        className="secondary-button"
        onClick={() => go(`/subpackages/projects/pages/plan/index?id=${project.id}`)}
      >
        倒排工期（计划编辑）
      </Button>
      <Button
        className="secondary-button"
        onClick={() => go(`/subpackages/projects/pages/screening/index?kind=project&id=${project.id}`)}
      >
        绿色筛查（四个坚决不上）{project.screeningLabel ? `：${project.screeningLabel}` : ''}
      </Button>
    </View>
  );
}

/** A project ("五个一"): its stage and evidence, leader and team, plan nodes and timeline; the enterprise sees no internal notes. */
export default function ProjectPage() {
  const id = useRouter().params.id ?? '';
  const details = useProjectDetails();
  const entry = details.byId[id];
  const project = entry?.data ?? null;
  const latest = useMemo(
    () => (project ? { timeline: project.timeline, timelineEarlier: project.earlier } : null),
    [project],
  );
  const timeline = useEarlierTimeline(latest, (cursor) => projectStores.timelinePage(id, cursor));
  useDidShow(() => void (id && details.load(id)));
  usePullDownReload(() => details.load(id));
  const isStaff = project?.viewer === 'staff';
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const confirm = async (nodeKey: string) => {
    if (busyKey) return;
    setBusyKey(nodeKey);
    setConfirmError(null);
    const answer = await projectStores.confirmNode(id, nodeKey);
    setBusyKey(null);
    if (answer.ok) void Taro.showToast({ title: '已确认', icon: 'success' });
    else setConfirmError(answer.error.message);
  };

  return (
    <View className="page projects-page">
      <ResourceView resource={entry} emptyText="项目不存在或无权查看" onRetry={() => void details.load(id)}>
        {(p) => (
          <>
            <Section title={p.name}>
              <Text className="muted projects-page__note">
                当前阶段：{p.status === 'terminated' ? '终止' : PROJECT_STAGE_LABELS[p.stage]}
                {isStaff ? ' · 内部视图' : ''}
              </Text>
              <StageSteps project={p} />
            </Section>
            {isStaff && (
              <Section title="处理">
                <StaffActions project={p} />
              </Section>
            )}
            <Section title="计划节点">
              {p.colourText && (
                <Text className={`projects-page__colour projects-page__colour--${p.colour ?? 'none'}`}>
                  {p.colourText}
                </Text>
              )}
              <NodeBar
                plan={p.plan}
                emptyText={
                  isStaff ? '尚未制定计划：在“倒排工期”中设定目标投产日期并保存。' : '开发区尚未制定该项目的计划节点。'
                }
                canConfirm={!isStaff}
                busyKey={busyKey}
                onConfirm={(key) => void confirm(key)}
              />
              {confirmError && <Text className="projects-page__error">{confirmError}</Text>}
            </Section>
            <Section title="接下来到期的节点">
              <NextDue plan={p.plan} />
            </Section>
            <Section title="一位领导 · 一套班子">
              <ProjectPeople project={p} />
            </Section>
            <Section title="项目信息">
              <ProjectFacts project={p} />
            </Section>
            <TimelineSection title={isStaff ? '进度（含内部记录）' : '进度'} timeline={timeline} />
          </>
        )}
      </ResourceView>
    </View>
  );
}
