import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { ROLE_LABELS } from '../../../core/domain/roles';
import { Section } from '../../components/section';
import { StateView } from '../../components/state-view';
import { isDemoAvailable } from '../../services/demo-session';
import { sessionStore, useSession } from '../../stores/session-store';
import './index.scss';

/** 我的: who the app acts as, and (local demo only) the 体验身份 switch. */
export default function MinePage() {
  const session = useSession();
  // Re-read on every show: the identity may have changed on the 体验身份 page.
  useDidShow(() => void sessionStore.getState().load());
  const me = session.data;

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
      {isDemoAvailable && (
        <Section title="本地演示">
          <View
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
