import { Text } from '@tarojs/components';
import type { DashboardAnswer } from '@core/app/contract';
import { PROJECT_STAGE_LABELS, PROJECT_STATUS_LABELS, type ProjectStatus } from '@core/projects/project';
import { PROJECT_COLOUR_LABELS } from '@core/projects/nodes/node-status';
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
      <Text className="dash-card__line muted">停滞项目（签约未开工，截至统计截止日）</Text>
      <Text className="dash-card__line">
        红灯 {p.stalled.red} 个，黄灯 {p.stalled.yellow} 个
      </Text>
      {p.stalled.projects.map((s) => (
        <Text key={s.projectId} className={`dash-card__line dash-card__line--${s.colour}`}>
          【{PROJECT_COLOUR_LABELS[s.colour]}】{s.name}：{s.leaderName}，{s.teamName}，计划开工 {s.plannedStartOn}，超期{' '}
          {s.monthsLate} 个月
        </Text>
      ))}
      <Text className="dash-card__line muted">绿色筛查不予引进（本期）</Text>
      <Text className="dash-card__line">
        {p.rejections === null
          ? '仅在“全部”范围下统计'
          : `${p.rejections.count} 个，计划投资 ${p.rejections.investmentWan} 万元（${p.rejections.withoutInvestment} 个未填金额）`}
      </Text>
    </Card>
  );
}
