import { Text } from '@tarojs/components';
import type { DashboardAnswer } from '@core/app/contract';
import { PROJECT_STAGE_LABELS, PROJECT_STATUS_LABELS, type ProjectStatus } from '@core/projects/project';
import { BarList, Funnel, pct } from '@/subpackages/dashboard/components/charts';
import { Card } from '@/subpackages/dashboard/components/report-parts';

const STATUSES = Object.keys(PROJECT_STATUS_LABELS) as ProjectStatus[];

/** 项目: a funnel of the stages reached, the count by status now, and the median days between stages. */
export function ProjectsCard({ p }: { p: DashboardAnswer['projects'] }) {
  const first = p.conversion[0];
  const stages = first
    ? [
        { label: PROJECT_STAGE_LABELS[first.from], value: first.reachedFrom },
        ...p.conversion.map((c) => ({ label: PROJECT_STAGE_LABELS[c.to], value: c.reachedTo })),
      ]
    : [];
  return (
    <Card title={`项目（共 ${p.total} 个）`} wide>
      <Text className="dash-card__line muted">到达各阶段的项目数（漏斗）</Text>
      <Funnel stages={stages} />
      {p.conversion.map((c) => (
        <Text key={c.from} className="dash-card__line">
          {PROJECT_STAGE_LABELS[c.from]}→{PROJECT_STAGE_LABELS[c.to]}：{c.reachedTo} / {c.reachedFrom}（{pct(c.rate)}）
        </Text>
      ))}
      <Text className="dash-card__line muted">当前状态</Text>
      <BarList
        rows={STATUSES.map((s) => ({
          key: s,
          label: PROJECT_STATUS_LABELS[s],
          value: p.byStatus[s],
          text: `${p.byStatus[s]} 个`,
          tone: s === 'terminated' ? 'bad' : 'plain',
        }))}
      />
      {p.stageDays.map((d) => (
        <Text key={d.from} className="dash-card__line">
          {PROJECT_STAGE_LABELS[d.from]}→{PROJECT_STAGE_LABELS[d.to]}用时中位数：
          {d.medianDays === null ? '—' : `${d.medianDays} 天`}（本期完成 {d.count} 个）
        </Text>
      ))}
    </Card>
  );
}
