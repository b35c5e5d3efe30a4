import type { HandoverResult } from '@core/app/contract';
import type { Envelope } from '@core/kernel/errors';
import { call } from '@/services/transport';

/** 一键移交AB岗 (admin.staff.handover): pages write through the stores, never the transport. */
export const handOverToBackup = (
  staffUserId: string,
  reason: string,
  requestId: string,
): Promise<Envelope<HandoverResult>> => call('admin.staff.handover', { staffUserId, reason }, { requestId });
