import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { HandoverResult, StaffAdminView } from '@core/app/contract';
import { FormField } from '@/components/form-field';
import { newRequestId } from '@/services/request-id';
import { handOverToBackup } from '@/stores/admin-handover';
import { errorsOf, type FieldErrors } from '@/subpackages/admin/form-errors';
import { namedBox } from '@/utils/a11y';

/** 一键移交AB岗: every open ticket and visit of the person goes to their backup, a line on each timeline. */
export function HandoverForm({ staff, onDone }: { staff: StaffAdminView; onDone: () => void }) {
  const [reason, setReason] = useState(staff.handoverNote ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<HandoverResult | null>(null);
  // One id per attempt: a retry after a lost answer reuses it, a new attempt after an answer does not.
  const [requestId, setRequestId] = useState(newRequestId);

  const submit = async () => {
    const answer = await handOverToBackup(staff.userId, reason, requestId);
    if (!answer.ok && answer.error.code === 'UNAVAILABLE') return setErrors(errorsOf(answer.error));
    setRequestId(newRequestId());
    if (!answer.ok) return setErrors(errorsOf(answer.error));
    setErrors({});
    setResult(answer.data);
    if (answer.data.isDone) onDone();
  };
  return (
    <View className="admin-form" data-form="handover">
      <Text className="muted">移交给AB岗：{staff.backupName}</Text>
      <FormField label="移交原因" isRequired error={errors.reason}>
        <Textarea
          className="admin-form__input"
          name="reason"
          {...namedBox('移交原因')}
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
      </FormField>
      {errors.form && <Text className="admin-error">{errors.form}</Text>}
      {result && (
        <Text data-handover-result>
          已移交 {result.movedTickets} 件工单、{result.movedVisits} 个考察给{result.toName}
          {result.isDone ? '' : '，还有未移交的，请再次点击'}
        </Text>
      )}
      <Button className="admin-button" data-action="save-handover" onClick={() => void submit()}>
        确认移交
      </Button>
    </View>
  );
}
