import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '@core/kernel/roles';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { adminStores, useAuditList } from '@/stores/admin-stores';
import { PagedList } from '../../components/paged-list';
import '../../admin.scss';

/** What each audited action is called on screen. */
const ACTION_LABELS: Record<string, string> = {
  'account.bindInvite': '绑定邀请码',
  'admin.staff.preregister': '预登记人员',
  'admin.staff.setLeave': '休假与AB岗',
  'admin.staff.handover': '移交AB岗',
  'admin.invites.issue': '生成邀请码',
  'admin.invites.revoke': '撤销邀请码',
  'admin.teams.save': '保存团队',
  'admin.categories.save': '保存服务事项',
  'admin.categories.addRules': '新增规则版本',
  'admin.categories.withdrawRules': '撤回规则版本',
  'admin.settings.saveVisits': '修改考察预约设置',
  'admin.settings.saveCalendar': '修改办公日历',
  'admin.settings.saveSubscribe': '修改订阅消息模板',
  'admin.audit.purge': '清理过期审计记录',
};

/** 审计日志: newest first. An admin sees their own actions; the auditor everything. Read-only. */
export default function AdminAuditPage() {
  const list = useAuditList();
  const [check, setCheck] = useState<string | null>(null);
  useEffect(() => void adminStores.audit.getState().reload(), []);
  const verify = async () => {
    setCheck('校验中…');
    const answer = await adminStores.verifyAudit();
    if (!answer.ok) return setCheck(answer.error.message);
    const r = answer.data;
    setCheck(r.isIntact ? `链完整：已校验 ${r.checked} 条记录` : `链已损坏：第 ${r.brokenAtSeq} 条，${r.reason}`);
  };
  return (
    <View className="page admin">
      <Text className="muted admin__note">记录只增不改，每条带上一条的哈希；保存至少180天。</Text>
      <Button className="admin-button admin-button--plain" data-action="verify" onClick={() => void verify()}>
        校验哈希链
      </Button>
      {check && (
        <View className="admin__notice" role="status" data-check>
          {check}
        </View>
      )}
      <PagedList list={list} emptyText="暂无记录">
        {(r) => (
          <View key={r.id} className="admin-card" data-audit-action={r.action} data-result={r.result}>
            <View className="admin-card__head">
              <Text className="admin-card__name">{ACTION_LABELS[r.action] ?? r.action}</Text>
              <Text className="admin-card__tag">{r.result === 'ok' ? '成功' : r.result}</Text>
            </View>
            <Text>
              {r.actorName ?? `未绑定身份 ${r.actorOpenid ?? ''}`} ·{' '}
              {r.actorRoles.map((x) => ROLE_LABELS[x]).join('、')}
            </Text>
            <Text className="muted">
              #{r.seq} · {formatDateTimeZh(r.at)} · {r.target ?? '—'} ·{' '}
              {r.source === 'weapp' ? '小程序' : r.source === 'h5' ? '网页' : '系统'}
            </Text>
          </View>
        )}
      </PagedList>
    </View>
  );
}
