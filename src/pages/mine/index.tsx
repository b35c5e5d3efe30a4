import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { ROLE_LABELS } from '@core/kernel/roles';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { isDemoAvailable } from '../../services/demo-session';
import { sessionStore, useSession } from '../../stores/session-store';
import { useUnread, visitStores } from '../../stores/visit-stores';
import './index.scss';

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
  const isStaff = !!me?.roles.some((r) => r === 'staff' || r === 'leader');
  const isOffice = !!me?.roles.some((r) => r === 'admin' || r === 'auditor');
  const unreadCount = me?.roles.length ? (unread.data?.count ?? 0) : 0;
  const go = (url: string) => void Taro.navigateTo({ url });

  return (
    <View className="page mine">
      <StateView
        status={session.status}
        error={session.error}
        isEmpty={!me}
        emptyText=""
        onRetry={() => void session.load()}
      >
        {me && (
          <View className="mine__card">
            <Text className="mine__name">{me.name ?? '访客'}</Text>
            <Text className="mine__org">{me.organisation ?? '浏览园区信息无需登录'}</Text>
            <Text className="mine__roles">
              身份：{me.roles.length ? me.roles.map((r) => ROLE_LABELS[r]).join('、') : '访客'}
            </Text>
            {me.phone && <Text className="mine__roles">手机：{me.phone}</Text>}
          </View>
        )}
      </StateView>
      {me?.notices.map((notice) => (
        <View key={notice} className="mine__notice" role="alert">
          <Text>{notice}</Text>
        </View>
      ))}
      <Section title="考察、服务与消息">
        <View role="button" className="mine__entry" onClick={() => go('/pages/my-visits/index')}>
          <Text>我的预约</Text>
          <Text className="muted">考察预约的状态、改期和取消 ›</Text>
        </View>
        <View role="button" className="mine__entry" onClick={() => go('/pages/my-tickets/index')}>
          <Text>我的服务</Text>
          <Text className="muted">帮办代办、上门服务申请的进度、确认和评价 ›</Text>
        </View>
        <View role="button" className="mine__entry" onClick={() => go('/pages/messages/index')}>
          <Text>
            消息
            {unreadCount > 0 && <Text className="mine__badge">{unreadCount > 99 ? '99+' : unreadCount}</Text>}
          </Text>
          <Text className="muted">预约确认、改期和接待安排 ›</Text>
        </View>
        {me?.roles.some((r) => r === 'leader' || r === 'admin') && (
          <View className="mine__entry" onClick={() => go('/subpackages/dashboard/pages/overview/index')}>
            <Text>服务驾驶舱</Text>
            <Text className="muted">工单、时效、满意度和考核台账 ›</Text>
          </View>
        )}
        {isStaff && (
          <View role="button" className="mine__entry" onClick={() => go('/subpackages/staff/pages/visits/index')}>
            <Text>接待考察（工作人员）</Text>
            <Text className="muted">本组待接待的考察，确认或婉拒 ›</Text>
          </View>
        )}
      </Section>
      {isOffice && (
        <Section title="管理">
          <View className="mine__entry" data-entry="admin" onClick={() => go('/subpackages/admin/pages/home/index')}>
            <Text>管理后台（招商服务办公室）</Text>
            <Text className="muted">督办与整改、人员与邀请、团队、设置、审计日志 ›</Text>
          </View>
        </Section>
      )}
      {isDemoAvailable && (
        <Section title="本地演示">
          <View
            role="button"
            className="mine__entry"
            onClick={() => void Taro.navigateTo({ url: '/subpackages/account/pages/demo-identity/index' })}
          >
            <Text>体验身份</Text>
            <Text className="muted">以客商、企业、专员、领导或管理员身份体验 ›</Text>
          </View>
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
