import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffAdminView } from '@core/app/contract';
import { FormField } from '@/components/form-field';
import { adminStores } from '@/stores/admin-stores';
import { ChipSelect } from '@/subpackages/admin/components/chip-select';
import { errorsOf, type FieldErrors } from '@/subpackages/admin/form-errors';
import { useAdminOptions } from '@/subpackages/admin/use-options';

/** 安排休假 with a named AB岗 (new work goes to them meanwhile), or 结束休假. */
export function LeaveForm({ staff, onDone }: { staff: StaffAdminView; onDone: () => void }) {
  const options = useAdminOptions();
  const isEnding = staff.isOnLeave;
  const [backup, setBackup] = useState<string[]>(staff.backupUserId ? [staff.backupUserId] : []);
  const [leaveFrom, setFrom] = useState('');
  const [leaveTo, setTo] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async () => {
    // runChange: a retry after a lost answer reuses the requestId, a new attempt after an answer does not.
    const answer = await adminStores.change(
      'admin.staff.setLeave',
      {
        staffUserId: staff.userId,
        isOnLeave: !isEnding,
        backupUserId: backup[0] ?? null,
        leaveFrom: isEnding || !leaveFrom ? null : leaveFrom,
        leaveTo: isEnding || !leaveTo ? null : leaveTo,
        handoverNote: note || null,
      },
      staff.userId,
    );
    if (answer.ok) onDone();
    else setErrors(errorsOf(answer.error));
  };
  const others = options.staff.filter((o) => o.id !== staff.userId);
  return (
    <View className="admin-form" data-form="leave">
      <FormField label="AB岗" isRequired={!isEnding} error={errors.backupUserId}>
        <ChipSelect name="backupUserId" isSingle options={others} selected={backup} onChange={setBackup} />
      </FormField>
      {!isEnding && (
        <>
          <FormField label="开始日期" hint="如 2026-12-02" error={errors.leaveFrom}>
            <Input
              className="admin-form__input"
              name="leaveFrom"
              value={leaveFrom}
              onInput={(e) => setFrom(e.detail.value)}
            />
          </FormField>
          <FormField label="结束日期" error={errors.leaveTo}>
            <Input
              className="admin-form__input"
              name="leaveTo"
              value={leaveTo}
              onInput={(e) => setTo(e.detail.value)}
            />
          </FormField>
        </>
      )}
      <FormField label="交接说明" error={errors.handoverNote}>
        <Textarea
          className="admin-form__input"
          name="handoverNote"
          value={note}
          onInput={(e) => setNote(e.detail.value)}
        />
      </FormField>
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      <Button className="admin-button" data-action="save-leave" onClick={() => void submit()}>
        {isEnding ? '确认结束休假' : '确认休假'}
      </Button>
    </View>
  );
}
