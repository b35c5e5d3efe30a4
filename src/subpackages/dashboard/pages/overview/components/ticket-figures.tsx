import { Text, View } from '@tarojs/components';
import type { DashboardAnswer } from '@core/app/contract';
import { RATING_LABELS, RATING_LEVELS } from '@core/tickets/rating';
import { BarList, hrs, pct } from '@/subpackages/dashboard/components/charts';
import { Card, TicketLink } from '@/subpackages/dashboard/components/report-parts';

type Tickets = DashboardAnswer['tickets'];

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <View className="tile" {...{ 'aria-label': `${label}：${value}${note ? `，${note}` : ''}` }}>
      <Text className="tile__label">{label}</Text>
      <Text className="tile__value">{value}</Text>
      {note && <Text className="tile__note">{note}</Text>}
    </View>
  );
}

/** The head figures: volumes, the two on-time rates and the bad-rating rate. */
export function TicketTiles({ t }: { t: Tickets }) {
  const { response, resolution } = t.onTime;
  const s = t.satisfaction;
  return (
    <View className="tiles dash-card--wide">
      <Tile label="新建工单" value={String(t.totals.created)} />
      <Tile label="首次解决" value={String(t.totals.resolved)} />
      <Tile label="期末未办结" value={String(t.totals.openAtEnd)} />
      <Tile label="响应按时率" value={pct(response.rate)} note={`按时 ${response.met} · 超时 ${response.breached}`} />
      <Tile
        label="办结按时率"
        value={pct(resolution.rate)}
        note={`按时 ${resolution.met} · 超时 ${resolution.breached}`}
      />
      <Tile label="差评率" value={pct(s.badRate)} note={`评价 ${s.ratings} · 差评 ${s.bad}`} />
    </View>
  );
}

export function OnTimeCard({ t }: { t: Tickets }) {
  const row = (key: string, label: string, rate: number | null) =>
    ({ key, label, value: rate ?? 0, text: pct(rate), tone: 'good' }) as const;
  return (
    <Card title="按时率">
      <BarList
        max={1}
        rows={[row('r', '首次响应', t.onTime.response.rate), row('s', '办结', t.onTime.resolution.rate)]}
      />
    </Card>
  );
}

export function DurationCard({ t }: { t: Tickets }) {
  const durations = [
    ['首次响应', t.firstResponse],
    ['首次解决', t.firstResolution],
    ['确认办结', t.fullResolution],
  ] as const;
  return (
    <Card title="办理时长（工作时间，扣除等待企业）">
      <BarList
        rows={durations.map(([label, d]) => ({
          key: label,
          label: `${label}中位数`,
          value: d.medianHours ?? 0,
          text: `${hrs(d.medianHours)}（P90 ${hrs(d.p90Hours)}，${d.count} 件）`,
        }))}
      />
    </Card>
  );
}

export function VolumeCard({ t }: { t: Tickets }) {
  return (
    <Card title="分类工单量">
      {t.volumes.length === 0 ? (
        <Text className="muted">本期没有工单</Text>
      ) : (
        <BarList
          rows={t.volumes.map((v) => ({
            key: v.categoryId,
            label: v.categoryName,
            value: v.created,
            text: `新建 ${v.created} · 解决 ${v.resolved} · 未办结 ${v.openAtEnd}`,
          }))}
        />
      )}
    </Card>
  );
}

export function SatisfactionCard({ s }: { s: Tickets['satisfaction'] }) {
  return (
    <Card title="满意度（好差评）">
      <BarList
        rows={RATING_LEVELS.map((level) => ({
          key: String(level),
          label: `${level}星 ${RATING_LABELS[level]}`,
          value: s.byLevel[level],
          text: `${s.byLevel[level]} 条`,
          tone: level <= 2 ? 'bad' : level >= 4 ? 'good' : 'plain',
        }))}
      />
      <Text className="dash-card__line">
        差评率 {pct(s.badRate)} · 4–5星占比 {pct(s.goodShare)} · 评价率 {pct(s.ratingRate)}（确认办结 {s.confirmed}
        ，已评价 {s.rated}）
      </Text>
    </Card>
  );
}

export function SupervisionCard({ a }: { a: DashboardAnswer }) {
  return (
    <Card title="督办与整改">
      <Text className="dash-card__line">
        负责领导督办 {a.tickets.supervision.leader} 次 · 报办公室督办 {a.tickets.supervision.office} 次
      </Text>
      <Text className="dash-card__line">
        整改新开 {a.followUps.opened} · 按时完成 {a.followUps.closedOnTime} · 逾期 {a.followUps.overdue}
      </Text>
    </Card>
  );
}

/** The overdue open tickets, longest overdue first, each opening its ticket. */
export function OverdueCard({ t }: { t: Tickets }) {
  return (
    <Card title={`超时清单（${t.overdueCount} 件，最久在前）`} wide>
      {t.overdue.length === 0 ? (
        <Text className="muted">没有超时未办结的工单</Text>
      ) : (
        t.overdue.map((o) => (
          <TicketLink key={o.ticketId} className="overdue" ticketId={o.ticketId}>
            <View className="overdue__head">
              <Text className="overdue__name">{o.categoryName}</Text>
              <Text className="overdue__late">已超时 {o.overdueHours} 个工作小时</Text>
            </View>
            <Text className="overdue__line">
              承办 {o.ownerName} · {o.teamName} · 负责领导 {o.leaderName || '—'} · 督办 {o.supervisionCount} 次 ›
            </Text>
          </TicketLink>
        ))
      )}
    </Card>
  );
}
