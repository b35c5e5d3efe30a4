import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { WhoAmI } from '@core/app/contract';
import { ROLE_LABELS, type Role } from '@core/kernel/roles';
import { Section } from '../../components/section';
import { ResourceView } from '../../components/state-view';
import { isDemoAvailable } from '../../services/demo-session';
import { sessionStore, useSession } from '../../stores/session-store';
import { useUnread, visitStores } from '../../stores/visit-stores';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** One way on from 我的: what it is, and what one finds there. */
function MineEntry(props: { url: string; sub: string; entry?: string; children: ReactNode }) {
  return (
    <View role="button" className="mine__entry" data-entry={props.entry} onClick={() => go(props.url)}>
      <Text>{props.children}</Text>
      <Text className="muted">{props.sub}</Text>
    </View>
  );
}

/** Who the app acts as, as the server says. */
function IdentityCard({ me }: { me: WhoAmI }) {
  return (
    <View className="mine__card">
      <Text className="mine__name">{me.name ?? '访客'}</Text>
      <Text className="mine__org">{me.organisation ?? '浏览园区信息无需登录'}</Text>
      <Text className="mine__roles">
        身份：{me.roles.length ? me.roles.map((r) => ROLE_LABELS[r]).join('、') : '访客'}
      </Text>
      {me.phone && <Text className="mine__roles">手机：{me.phone}</Text>}
    </View>
  );
}

interface Entry {
  url: string;
  label: string;
  sub: string;
  /** Shown only to these roles; every caller when absent. */
  roles?: Role[];
  entry?: string;
  /** 消息 carries the unread count. */
  showsUnread?: boolean;
}

/** The person's own visits, services and messages, then the staff's and leaders' work. */
const WORK_ENTRIES: readonly Entry[] = [
  { url: '/pages/my-visits/index', label: '我的预约', sub: '考察预约的状态、改期和取消 ›' },
  { url: '/pages/my-tickets/index', label: '我的服务', sub: '帮办代办、上门服务申请的进度、确认和评价 ›' },
  { url: '/pages/messages/index', label: '消息', sub: '预约确认、改期和接待安排 ›', showsUnread: true },
  {
    url: '/subpackages/projects/pages/mine/index',
    label: '我的项目',
    sub: '项目阶段、计划节点和负责人 ›',
    roles: ['investor', 'enterprise'],
    entry: 'my-projects',
  },
  {
    url: '/subpackages/projects/pages/list/index',
    label: '项目管理（工作人员）',
    sub: '按阶段查看项目、倒排工期、推进阶段、线索 ›',
    roles: ['staff', 'leader', 'admin'],
    entry: 'projects',
  },
  {
    url: '/subpackages/dashboard/pages/overview/index',
    label: '服务驾驶舱',
    sub: '工单、时效、满意度和考核台账 ›',
    roles: ['leader', 'admin'],
  },
  { url: '/subpackages/evaluation/pages/rate/index', label: '现场评议', sub: '现场评议打分；企业凭现场评议码参与 ›' },
  {
    url: '/subpackages/evaluation/pages/office/index',
    label: '组织现场评议',
    sub: '开启评议、查看进度和结果 ›',
    roles: ['admin'],
  },
  {
    url: '/subpackages/evaluation/pages/results/index',
    label: '评议结果',
    sub: '已公布的评议得分和名次 ›',
    roles: ['staff', 'leader', 'admin'],
  },
  {
    url: '/subpackages/staff/pages/visits/index',
    label: '接待考察（工作人员）',
    sub: '本组待接待的考察，确认或婉拒 ›',
    roles: ['staff', 'leader'],
  },
];

function WorkEntries({ me, unreadCount }: { me: WhoAmI | null; unreadCount: number }) {
  const shown = WORK_ENTRIES.filter((e) => !e.roles || !!me?.roles.some((r) => e.roles?.includes(r)));
  return (
    <Section title="考察、服务与消息">
      {shown.map((e) => (
        <MineEntry key={e.url} url={e.url} entry={e.entry} sub={e.sub}>
          {e.label}
          {e.showsUnread && unreadCount > 0 && (
            <Text className="mine__badge">{unreadCount > 99 ? '99+' : unreadCount}</Text>
          )}
        </MineEntry>
      ))}
    </Section>
  );
}

/** 我的: who the app acts as, and (local demo only) the 体验身份 switch. */
export default function MinePage() {
  const session = useSession();
  // Re-read on every show: the identity may have changed on the 体验身份 page.
  const unread = useUnread();
  useDidShow(() => {
    void sessionStore
      .getState()
      .load()
      .then(() => {
        // Nobody to count for until the platform (or the demo session) gives an identity.
        if (sessionStore.getState().data?.roles.length) void visitStores.unread.getState().load();
      });
  });
  const me = session.data;
  const isOffice = !!me?.roles.some((r) => r === 'admin' || r === 'auditor');
  const unreadCount = me?.roles.length ? (unread.data?.count ?? 0) : 0;

  return (
    <View className="page mine">
      <ResourceView resource={session} emptyText="" onRetry={() => void session.load()}>
        {(data) => <IdentityCard me={data} />}
      </ResourceView>
      {me?.notices.map((notice) => (
        <View key={notice} className="mine__notice" role="alert">
          <Text>{notice}</Text>
        </View>
      ))}
      <WorkEntries me={me} unreadCount={unreadCount} />
      {isOffice && (
        <Section title="管理">
          <MineEntry
            url="/subpackages/admin/pages/home/index"
            entry="admin"
            sub="督办与整改、人员与邀请、团队、设置、审计日志 ›"
          >
            管理后台（招商服务办公室）
          </MineEntry>
        </Section>
      )}
      {isDemoAvailable && (
        <Section title="本地演示">
          <MineEntry
            url="/subpackages/account/pages/demo-identity/index"
            sub="以客商、企业、专员、领导或管理员身份体验 ›"
          >
            体验身份
          </MineEntry>
        </Section>
      )}
      <Section title="关于">
        <Text className="muted mine__about">
          零距离 · 平原经济开发区投资服务。园区信息来自开发区公开报道，未公布的数据标注为“待补充”。
        </Text>
      </Section>
    </View>
  );
}
