import type { SupervisionLevel } from '@core/tickets';

export const SUPERVISION_LEVEL_TEXT: Record<SupervisionLevel, string> = {
  leader: '超时报负责领导督办',
  office: '超时一个工作日报招商服务办公室督办',
};
