import { Text, View } from '@tarojs/components';
import './node-bar.scss';

/** A plan node's colour on the rainbow bar (done / on track / yellow / red), always with its text too. */
export type NodeColour = 'done' | 'on_track' | 'yellow' | 'red';

export const NODE_COLOUR_LABELS: Record<NodeColour, string> = {
  done: '已完成',
  on_track: '正常',
  yellow: '预警',
  red: '超期',
};

export interface BarNode {
  key: string;
  name: string;
  /** The owning team or role, and the people's names where known. */
  owner: string;
  latestStart: string | null;
  latestFinish: string | null;
  colour: NodeColour;
  /** 区域评估已覆盖: no time of its own. */
  isCovered: boolean;
  /** Waits on the enterprise (materials): the contact confirms it. */
  waitsOnEnterprise: boolean;
}

const describe = (n: BarNode): string =>
  `${n.name}：${n.isCovered ? '区域评估已覆盖' : NODE_COLOUR_LABELS[n.colour]}${
    n.latestFinish ? `，最迟${n.latestFinish}完成` : ''
  }`;

/** The rainbow bar: one segment per node in plan order, each named for screen readers, then a legend in words. */
export function NodeBar({ nodes }: { nodes: BarNode[] }) {
  if (nodes.length === 0) return <Text className="muted">暂无计划节点</Text>;
  const counts = (Object.keys(NODE_COLOUR_LABELS) as NodeColour[]).map(
    (c) => [c, nodes.filter((n) => n.colour === c).length] as const,
  );
  return (
    <View className="node-bar">
      <View className="node-bar__strip" role="list" aria-label="计划节点进度">
        {nodes.map((n) => (
          <View
            key={n.key}
            role="listitem"
            aria-label={describe(n)}
            className={`node-bar__segment node-bar__segment--${n.colour}`}
          />
        ))}
      </View>
      <Text className="node-bar__summary">
        {counts
          .filter(([, count]) => count > 0)
          .map(([c, count]) => `${NODE_COLOUR_LABELS[c]} ${count}`)
          .join(' · ')}
      </Text>
      <View className="node-bar__legend">
        {nodes.map((n) => (
          <View key={n.key} className="node-bar__row" data-node={n.key}>
            <Text className={`node-bar__chip node-bar__chip--${n.colour}`}>
              {n.isCovered ? '已覆盖' : NODE_COLOUR_LABELS[n.colour]}
            </Text>
            <View className="node-bar__body">
              <Text className="node-bar__name">{n.name}</Text>
              <Text className="muted node-bar__meta">
                {n.owner}
                {n.latestFinish ? ` · ${n.latestStart ?? ''} 至 ${n.latestFinish}` : ''}
              </Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

/** The open nodes due soonest (by latest finish): what to watch next. */
export const nextDue = (nodes: readonly BarNode[], count: number): BarNode[] =>
  nodes
    .filter((n) => n.colour !== 'done' && !n.isCovered && n.latestFinish !== null)
    .sort((a, b) => (a.latestFinish! < b.latestFinish! ? -1 : a.latestFinish! > b.latestFinish! ? 1 : 0))
    .slice(0, count);

export function NextDue({ nodes, count }: { nodes: readonly BarNode[]; count: number }) {
  const due = nextDue(nodes, count);
  if (due.length === 0) return <Text className="muted">没有待完成的节点</Text>;
  return (
    <View className="node-bar__legend">
      {due.map((n) => (
        <View key={n.key} className="node-bar__row" data-due={n.key}>
          <Text className={`node-bar__chip node-bar__chip--${n.colour}`}>{NODE_COLOUR_LABELS[n.colour]}</Text>
          <View className="node-bar__body">
            <Text className="node-bar__name">
              {n.name} · 最迟{n.latestFinish}完成
            </Text>
            <Text className="muted node-bar__meta">责任：{n.owner}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
