import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InviteQrView, InviteView, StaffAdminView } from '@core/app/contract';
import { ROLE_LABELS } from '@core/kernel/roles';
import { STAFF_STATUS_LABELS } from '@core/identity/staff';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { adminStores, useStaffList } from '@/stores/admin-stores';
import { PagedList } from '../../components/paged-list';
import { HandoverForm } from './components/handover-form';
import { LeaveForm } from './components/leave-form';
import { PreregisterForm } from './components/preregister-form';
import '../../admin.scss';

/** A fresh invite code to hand over: as text, and as a code to scan (made on request, never stored). */
function InviteBox({ invite }: { invite: InviteView }) {
  const [qr, setQr] = useState<InviteQrView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const showQr = async () => {
    const answer = await adminStores.inviteQr(invite.inviteId);
    setQr(answer.ok ? answer.data : null);
    setProblem(answer.ok ? null : answer.error.message);
  };
  return (
    <View className="admin-card" data-invite-code={invite.code}>
      <Text>邀请码（7天内有效，仅可使用一次）：</Text>
      <Text className="admin-card__code" selectable>
        {invite.code}
      </Text>
      <Text className="muted" selectable>
        小程序码路径：{invite.path}
      </Text>
      <Text className="muted">有效期至 {formatDateTimeZh(invite.expiresAt)}</Text>
      {qr ? (
        <View className="admin-qr" data-qr-kind={qr.image.kind}>
          <Image
            className="admin-qr__image"
            src={qr.image.dataUrl}
            mode="aspectFit"
            ariaLabel={`邀请码 ${qr.code} 的二维码`}
          />
          <Text className="muted">
            {qr.image.kind === 'wxacode'
              ? '请对方用微信扫码，打开绑定页'
              : `扫码打开网页版绑定页：${qr.image.link ?? ''}`}
          </Text>
        </View>
      ) : (
        <Button className="admin-button admin-button--plain" data-action="show-qr" onClick={() => void showQr()}>
          显示二维码
        </Button>
      )}
      {problem && (
        <View className="admin-error" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
    </View>
  );
}

/** 生成邀请码 for someone not bound yet, 安排/结束休假 and 移交AB岗 for the active, 办理离职 for all but those who left. */
function StaffActions(props: {
  staff: StaffAdminView;
  hasInvite: boolean;
  onInvite: () => void;
  onLeave: () => void;
  onHandover: () => void;
  onOffboard: () => void;
}) {
  const { staff, hasInvite, onInvite, onLeave, onHandover, onOffboard } = props;
  return (
    <View className="admin-card__actions">
      {staff.status === 'pending' && (
        <Button className="admin-button" data-action="invite" onClick={onInvite}>
          {hasInvite ? '重新生成邀请码' : '生成邀请码'}
        </Button>
      )}
      {staff.status === 'active' && (
        <Button className="admin-button admin-button--plain" data-action="leave" onClick={onLeave}>
          {staff.isOnLeave ? '结束休假' : '安排休假'}
        </Button>
      )}
      {staff.status === 'active' && staff.backupUserId && (
        <Button className="admin-button admin-button--plain" data-action="handover" onClick={onHandover}>
          移交AB岗
        </Button>
      )}
      {staff.status !== 'left' && (
        <Button className="admin-button admin-button--plain" data-action="offboard" onClick={onOffboard}>
          办理离职
        </Button>
      )}
    </View>
  );
}

function StaffCard({ staff, onChanged }: { staff: StaffAdminView; onChanged: () => void }) {
  const [invite, setInvite] = useState<InviteView | null>(null);
  const [isLeaveOpen, setLeaveOpen] = useState(false);
  const [isHandoverOpen, setHandoverOpen] = useState(false);
  const issue = async () => {
    const answer = await adminStores.change('admin.invites.issue', { staffUserId: staff.userId }, staff.userId);
    if (answer.ok) setInvite(answer.data);
    else void Taro.showToast({ title: answer.error.message, icon: 'none' });
  };
  const offboard = async () => {
    const answer = await adminStores.change('admin.staff.offboard', { staffUserId: staff.userId }, staff.userId);
    if (answer.ok) onChanged();
    // Refused while the person leads a team or project or owns open work: the message says what to move.
    else void Taro.showModal({ title: '暂不能办理离职', content: answer.error.message, showCancel: false });
  };
  return (
    <View className="admin-card" data-staff={staff.name}>
      <View className="admin-card__head">
        <Text className="admin-card__name">{staff.name}</Text>
        <Text className="admin-card__tag">{staff.isOnLeave ? '休假中' : STAFF_STATUS_LABELS[staff.status]}</Text>
      </View>
      <Text>
        {staff.title} · {staff.roles.map((r) => ROLE_LABELS[r]).join('、')} · {staff.mobile ?? '未登记手机'}
      </Text>
      <Text className="muted">团队：{staff.teamNames.join('、') || '未加入团队'}</Text>
      {staff.backupName && <Text className="muted">AB岗：{staff.backupName}</Text>}
      {staff.isOnLeave && (
        <Text className="muted">
          休假：{staff.leaveFrom ?? '—'} 至 {staff.leaveTo ?? '—'}
          {staff.handoverNote ? ` · 交接：${staff.handoverNote}` : ''}
        </Text>
      )}
      {invite && <InviteBox invite={invite} />}
      <StaffActions
        staff={staff}
        hasInvite={invite !== null}
        onInvite={() => void issue()}
        onLeave={() => setLeaveOpen(!isLeaveOpen)}
        onHandover={() => setHandoverOpen(!isHandoverOpen)}
        onOffboard={() => void offboard()}
      />
      {isHandoverOpen && <HandoverForm staff={staff} onDone={onChanged} />}
      {isLeaveOpen && (
        <LeaveForm
          staff={staff}
          onDone={() => {
            setLeaveOpen(false);
            onChanged();
          }}
        />
      )}
    </View>
  );
}

/** 人员与邀请: everyone the office has registered, searchable; pre-register, invite, leave with AB岗. */
export default function AdminStaffPage() {
  const list = useStaffList();
  const [isFormOpen, setFormOpen] = useState(false);
  useEffect(() => void adminStores.staff.getState().reload(), []);
  return (
    <View className="page admin">
      <Button className="admin-button" data-action="preregister" onClick={() => setFormOpen(!isFormOpen)}>
        {isFormOpen ? '收起' : '预登记人员'}
      </Button>
      {isFormOpen && (
        <PreregisterForm
          onDone={() => {
            setFormOpen(false);
            void list.reload();
          }}
        />
      )}
      <PagedList list={list} searchPlaceholder="按姓名搜索" emptyText="没有找到人员">
        {(staff) => <StaffCard key={staff.userId} staff={staff} onChanged={() => void list.reload()} />}
      </PagedList>
    </View>
  );
}
