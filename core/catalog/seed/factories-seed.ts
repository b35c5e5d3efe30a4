import type { Factory } from '../catalog';

/** Only the article's one factory project; other parks show 厂房信息待补充. */
export const FACTORIES_SEED: Factory[] = [
  {
    id: 'jingde-phase-1',
    version: 1,
    parkId: 'jingde-smart',
    name: '一期“定制”标准厂房',
    areaM2: 40000,
    floors: null,
    status: 'under_construction',
    readyDate: null,
    readyNote: '5月底封顶，7月可实现企业入驻（年份以开发区公布为准）',
    isCustomBuild: true,
    note: '为北京德知航创科技有限公司、北京长城金点物联网科技股份有限公司等多家北京企业提供“个性化”私人定制',
  },
];
