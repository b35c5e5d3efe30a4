import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { Envelope } from '@core/kernel/errors';
import { StateView } from '@/components/state-view';
import { actAs, isDemoAvailable, leaveDemo, listPersonas, type DemoPersonaView } from '@/services/demo-session';
import { sessionStore, useSession } from '@/stores/session-store';
import './index.scss';

/** Shows what went wrong, or reads the session again (the identity just changed). */
const afterSwitch = (answer: Envelope<null>): Promise<boolean> => {
  if (answer.ok)
    return sessionStore
      .getState()
      .load()
      .then(() => true);
  void Taro.showToast({ title: answer.error.message, icon: 'none' });
  return Promise.resolve(false);
};

/** The personas on offer, and switching between them, to a fresh identity, or back to 访客. */
function useDemoIdentity() {
  const [personas, setPersonas] = useState<Envelope<DemoPersonaView[]> | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = async () => {
    setPersonas(null);
    setPersonas(await listPersonas());
  };
  useEffect(() => {
    if (isDemoAvailable) void load();
  }, []);
  const choose = async (persona: DemoPersonaView) => {
    if (busy) return;
    setBusy(persona.persona);
    const answer = await actAs(persona.persona);
    setBusy(null);
    if (await afterSwitch(answer)) void Taro.showToast({ title: `已切换为${persona.roleLabel}`, icon: 'success' });
  };
  const startFresh = async () => {
    if (await afterSwitch(await actAs({ fresh: true }))) {
      void Taro.navigateTo({ url: '/subpackages/account/pages/bind/index' });
    }
  };
  const leave = async () => {
    leaveDemo();
    await sessionStore.getState().load();
    void Taro.showToast({ title: '已退出体验身份', icon: 'none' });
  };
  return { personas, busy, load, choose, startFresh, leave };
}

/** One persona to act as; the current one marked. */
function PersonaRow(props: { persona: DemoPersonaView; isCurrent: boolean; isBusy: boolean; onChoose: () => void }) {
  const { persona } = props;
  return (
    <View
      role="button"
      className={`persona ${props.isCurrent ? 'persona--current' : ''}`}
      data-persona={persona.persona}
      onClick={props.onChoose}
    >
      <View className="persona__text">
        <Text className="persona__name">{persona.name}</Text>
        <Text className="persona__org">{persona.organisation ?? ''}</Text>
      </View>
      <Text className="persona__role">{props.isBusy ? '切换中…' : persona.roleLabel}</Text>
    </View>
  );
}

/** 体验身份: act as a seeded persona on the local demo stack. The server signs the session; roles stay server-side. */
export default function DemoIdentityPage() {
  const demo = useDemoIdentity();
  const session = useSession();
  if (!isDemoAvailable) {
    return (
      <View className="page demo-identity">
        <Text className="muted demo-identity__intro">体验身份仅在本地演示环境提供；在微信中使用您本人的微信身份。</Text>
      </View>
    );
  }
  const { personas } = demo;
  const list = personas?.ok ? personas.data : [];
  return (
    <View className="page demo-identity">
      <Text className="muted demo-identity__intro">
        本地演示环境可切换为以下演示身份，体验不同角色的功能。当前：{session.data?.name ?? '访客'}
      </Text>
      <StateView
        status={personas === null ? 'loading' : personas.ok ? 'ready' : 'error'}
        error={personas && !personas.ok ? personas.error : null}
        isEmpty={list.length === 0}
        emptyText="暂无演示身份"
        onRetry={() => void demo.load()}
      >
        {list.map((persona) => (
          <PersonaRow
            key={persona.persona}
            persona={persona}
            isCurrent={session.data?.name === persona.name}
            isBusy={demo.busy === persona.persona}
            onChoose={() => void demo.choose(persona)}
          />
        ))}
        <Button className="demo-identity__leave" data-action="fresh-identity" onClick={() => void demo.startFresh()}>
          以全新微信身份体验（员工绑定邀请码）
        </Button>
        <Button className="demo-identity__leave" onClick={() => void demo.leave()}>
          退出体验身份（以访客浏览）
        </Button>
      </StateView>
    </View>
  );
}
