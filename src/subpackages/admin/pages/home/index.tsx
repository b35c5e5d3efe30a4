import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { sessionStore, useSession } from '@/stores/session-store';
import { TEXT_BUTTON } from '@/utils/a11y';
import '../../admin.scss';

const ENTRIES: [string, string, string, (roles: readonly string[]) => boolean][] = [
  ['督办与整改', '办公室督办：领导未处理的超时工单', '/subpackages/staff/pages/oversight/index', () => true],
  ['工作台', '各团队未办结的工单（办公室总览）', '/subpackages/staff/pages/tickets/inbox/index', () => true],
  ['人员与邀请', '预登记、邀请码、休假与AB岗', '/subpackages/admin/pages/staff/index', () => true],
  ['团队', '园区接待组、项目专班、业务窗口、值班台', '/subpackages/admin/pages/teams/index', () => true],
  ['服务事项', '材料清单、办理时限与派单规则（按版本生效）', '/subpackages/admin/pages/categories/index', () => true],
  ['园区与动态', '园区、标准厂房、招商动态与政策', '/subpackages/admin/pages/catalog/index', () => true],
  ['设置', '考察预约规则、办公日历、订阅消息模板', '/subpackages/admin/pages/settings/index', () => true],
  ['筛查检查表', '绿色招商筛查（四个坚决不上）的检查项', '/subpackages/admin/pages/screening/index', () => true],
  ['审计日志', '本人的管理操作记录与链校验', '/subpackages/admin/pages/audit/index', () => true],
];

/** 管理后台 (the office): the entries of the admin area, and what needs its attention. */
export default function AdminHomePage() {
  const session = useSession();
  useDidShow(() => void sessionStore.getState().load());
  const roles = session.data?.roles ?? [];
  return (
    <View className="page admin">
      <Text className="muted admin__note">内部工作区：仅限开发区招商服务办公室（管理员）</Text>
      {session.data?.notices.map((notice) => (
        <View key={notice} className="admin__notice" role="alert">
          <Text>{notice}</Text>
        </View>
      ))}
      <View className="admin__entries">
        {ENTRIES.filter(([, , , isShown]) => isShown(roles)).map(([title, hint, url]) => (
          <View
            {...TEXT_BUTTON}
            key={title}
            className="admin-entry"
            data-entry={title}
            onClick={() => void Taro.navigateTo({ url })}
          >
            <Text>{title}</Text>
            <Text className="muted">{hint} ›</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
