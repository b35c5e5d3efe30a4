import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffAdminView } from '@core/app/contract';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { TextField } from '@/subpackages/admin/components/text-field';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useAdminOptions } from '@/subpackages/admin/use-options';

/** 安排休假 with a named AB岗 (new work goes to them meanwhile), or 结束休假. */
export function LeaveForm({ staff, onDone }: { staff: StaffAdminView; onDone: () => void }) {
  const options = useAdminOptions();
  const isEnding = staff.isOnLeave;
  const [backup, setBackup] = useState<string[]>(staff.backupUserId ? [staff.backupUserId] : []);
  const [leaveFrom, setFrom] = useState('');
  const [leaveTo, setTo] = useState('');
  const [note, setNote] = useState('');
  const { errors, run } = useAdminWrite();

  const submit = () => {
    const input = {
      staffUserId: staff.userId,
      isOnLeave: !isEnding,
      backupUserId: backup[0] ?? null,
      leaveFrom: isEnding || !leaveFrom ? null : leaveFrom,
      leaveTo: isEnding || !leaveTo ? null : leaveTo,
      handoverNote: note || null,
    };
    return run({}, () => adminStores.change('admin.staff.setLeave', input, staff.userId), onDone);
  };
  const others = options.staff.filter((o) => o.id !== staff.userId);
  return (
    <View className="admin-form" data-form="leave">
      <FormField label="AB岗" isRequired={!isEnding} error={errors.backupUserId}>
        <ChipSelect name="backupUserId" isSingle options={others} selected={backup} onChange={setBackup} />
      </FormField>
      {!isEnding && (
        <>
          <TextField
            label="开始日期"
            hint="如 2026-12-02"
            name="leaveFrom"
            value={leaveFrom}
            onChange={setFrom}
            error={errors.leaveFrom}
          />
          <TextField label="结束日期" name="leaveTo" value={leaveTo} onChange={setTo} error={errors.leaveTo} />
        </>
      )}
      <TextField
        label="交接说明"
        isLong
        name="handoverNote"
        value={note}
        onChange={setNote}
        error={errors.handoverNote}
      />
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-leave" onClick={() => void submit()}>
        {isEnding ? '确认结束休假' : '确认休假'}
      </Button>
    </View>
  );
}
