import { Button, Text, View } from '@tarojs/components';
import type { NodeView, ProjectNodesView } from '@core/projects/nodes/node-view';
import { NODE_STATUS_LABELS } from '@core/projects/nodes/node-status';
import './node-bar.scss';

/** The owner as people read it: the team or role, then its people's names (phones only where the view gives them). */
export const ownerText = (n: NodeView): string => {
  const names = n.owner.people.map((p) => (p.phone ? `${p.name} ${p.phone}` : p.name)).join('、');
  const team = n.owner.teamName ?? n.owner.label;
  return names ? `${team}：${names}` : team;
};

const describe = (n: NodeView): string =>
  `${n.name}：${n.status === 'done' ? NODE_STATUS_LABELS.done : n.statusText}${
    n.latestFinish ? `，最迟${n.latestFinish}完成` : ''
  }`;

function NodeRow(props: { node: NodeView; canConfirm: boolean; busy: boolean; onConfirm: (key: string) => void }) {
  const n = props.node;
  return (
    <View className="node-bar__row" data-node={n.key} data-status={n.status}>
      <Text className={`node-bar__chip node-bar__chip--${n.status}`}>
        {n.covered ? '已覆盖' : NODE_STATUS_LABELS[n.status]}
      </Text>
      <View className="node-bar__body">
        <Text className="node-bar__name">
          {n.name}
          {n.waitsOn === 'enterprise' ? '（待企业办理）' : ''}
        </Text>
        <Text className="muted node-bar__meta">
          {n.statusText}
          {n.driftWd ? ` · 较基线${n.driftWd > 0 ? '推迟' : '提前'}${Math.abs(n.driftWd)}个工作日` : ''}
          {n.latestFinish && (
            // On a line of its own: a date never breaks at its hyphens on a narrow phone.
            <Text className="node-bar__dates">{`${n.latestStart ?? ''} 至 ${n.latestFinish}`}</Text>
          )}
        </Text>
        <Text className="muted node-bar__meta">责任：{ownerText(n)}</Text>
        {props.canConfirm && n.waitsOn === 'enterprise' && n.status !== 'done' && (
          <Button
            className={`primary-button node-bar__confirm ${props.busy ? 'is-busy' : ''}`}
            disabled={props.busy || undefined}
            onClick={() => props.onConfirm(n.key)}
          >
            确认已完成（材料已提交）
          </Button>
        )}
      </View>
    </View>
  );
}

/** The rainbow bar: one segment per node in plan order, each named for screen readers, then every node in words. */
export function NodeBar(props: {
  plan: ProjectNodesView | null;
  emptyText: string;
  canConfirm?: boolean;
  busyKey?: string | null;
  onConfirm?: (key: string) => void;
}) {
  const { plan } = props;
  if (!plan || plan.nodes.length === 0) return <Text className="muted">{props.emptyText}</Text>;
  const counts = (Object.keys(NODE_STATUS_LABELS) as NodeView['status'][])
    .map((s) => [s, plan.nodes.filter((n) => n.status === s).length] as const)
    .filter(([, count]) => count > 0);
  return (
    <View className="node-bar">
      <Text className="muted node-bar__meta">
        目标投产 {plan.target}
        {plan.replans > 0 ? ` · 已调整计划${plan.replans}次（基线 ${plan.baselineTarget}）` : ''}
      </Text>
      <View className="node-bar__strip" {...{ role: 'list', 'aria-label': '计划节点进度' }}>
        {plan.nodes.map((n) => (
          <View
            key={n.key}
            {...{ role: 'listitem', 'aria-label': describe(n) }}
            className={`node-bar__segment node-bar__segment--${n.status}`}
          />
        ))}
      </View>
      <Text className="node-bar__summary">{counts.map(([s, c]) => `${NODE_STATUS_LABELS[s]} ${c}`).join(' · ')}</Text>
      <View className="node-bar__legend">
        {plan.nodes.map((n) => (
          <NodeRow
            key={n.key}
            node={n}
            canConfirm={props.canConfirm === true}
            busy={props.busyKey === n.key}
            onConfirm={(key) => props.onConfirm?.(key)}
          />
        ))}
      </View>
    </View>
  );
}

/** The open nodes due first (the view's nextDue, at most three). */
export function NextDue({ plan }: { plan: ProjectNodesView | null }) {
  const due = (plan?.nextDue ?? []).flatMap((key) => plan?.nodes.filter((n) => n.key === key) ?? []);
  if (due.length === 0) return <Text className="muted">没有待完成的节点</Text>;
  return (
    <View className="node-bar__legend">
      {due.map((n) => (
        <View key={n.key} className="node-bar__row" data-due={n.key}>
          <Text className={`node-bar__chip node-bar__chip--${n.status}`}>{NODE_STATUS_LABELS[n.status]}</Text>
          <View className="node-bar__body">
            <Text className="node-bar__name">
              {n.name} · 最迟{n.latestFinish}完成
            </Text>
            <Text className="muted node-bar__meta">
              {n.statusText} · 责任：{ownerText(n)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
