import { materialFromLine, type ServiceCategory, type ServiceTargets } from '../service-category';
import { firstRuleVersion } from '../service-rules';

/**
 * The categories issue 4 names. The material lists are the usual national ones, to be checked by the
 * zone against its county departments; the article gives no time targets, so every target here is a
 * default marked as the zone's to set.
 */
const targets = (responseWorkingHours: number, resolutionWorkingDays: number): ServiceTargets => ({
  responseWorkingHours,
  resolutionWorkingDays,
  isDefaultPendingZone: true,
});

/** Category desks (业务窗口), seeded as teams in staff-seed. */
export const DESK_IDS = {
  permits: 'svc-desk-permits',
  environment: 'svc-desk-environment',
  enterprise: 'svc-desk-enterprise',
  construction: 'svc-desk-construction',
} as const;

const NOTE = '以主管部门最新要求为准';

const category = (
  order: number,
  id: string,
  name: string,
  deskTeamId: string,
  summary: string,
  materials: string[],
  over: Partial<Pick<ServiceCategory, 'isOnSite'>> & { targets?: ServiceTargets } = {},
): ServiceCategory => ({
  id,
  version: 1,
  name,
  order,
  summary,
  materials: materials.map(materialFromLine),
  deskTeamId,
  skill: name,
  isOnSite: over.isOnSite ?? false,
  isActive: true,
  rules: [firstRuleVersion(over.targets ?? targets(4, 5))],
});

export const SERVICE_CATALOG_SEED: ServiceCategory[] = [
  category(1, 'business-setup', '企业开办', DESK_IDS.permits, '设立登记、刻章、税务登记、社保登记等一次办好', [
    '公司登记（备案）申请书',
    '公司章程',
    '股东（发起人）主体资格证明',
    '法定代表人、董事、监事、经理任职文件及身份证件',
    '住所（经营场所）使用证明',
    `其他材料：${NOTE}`,
  ]),
  category(2, 'project-filing', '项目备案（立项）', DESK_IDS.permits, '企业投资项目备案或核准', [
    '项目备案（核准）申请表',
    '企业营业执照',
    '项目基本情况说明（建设地点、规模、内容、总投资）',
    `其他材料：${NOTE}`,
  ]),
  category(
    3,
    'land-registration',
    '用地与不动产登记',
    DESK_IDS.permits,
    '土地出让、用地审批、不动产权登记',
    [
      '不动产登记申请书',
      '申请人身份证明（营业执照）',
      '土地出让合同及价款缴纳凭证',
      '宗地图及界址点坐标',
      `其他材料：${NOTE}`,
    ],
    { targets: targets(4, 10) },
  ),
  category(4, 'planning-permit', '规划许可', DESK_IDS.permits, '建设用地规划许可、建设工程规划许可', [
    '建设工程规划许可申请表',
    '不动产权证书或用地批准文件',
    '建设工程设计方案（总平面图）',
    `其他材料：${NOTE}`,
  ]),
  category(5, 'construction-permit', '施工许可', DESK_IDS.permits, '建筑工程施工许可证核发', [
    '建筑工程施工许可申请表',
    '建设工程规划许可证',
    '施工合同及中标通知书（依法需招标的）',
    '施工图审查合格书',
    '建设资金落实承诺书',
    `其他材料：${NOTE}`,
  ]),
  category(
    6,
    'environmental-impact',
    '环评',
    DESK_IDS.environment,
    '建设项目环境影响评价文件审批或登记表备案',
    [
      '环境影响报告书（表）或登记表',
      '项目备案（核准）文件',
      '企业营业执照',
      '建设项目环评审批申请表',
      `其他材料：${NOTE}`,
    ],
    { targets: targets(4, 15) },
  ),
  category(7, 'energy-review', '能评', DESK_IDS.environment, '固定资产投资项目节能审查', [
    '节能审查申请表',
    '节能报告',
    '项目备案（核准）文件',
    `其他材料：${NOTE}`,
  ]),
  category(8, 'safety-fire', '安评与消防', DESK_IDS.environment, '安全条件评价、消防设计审查与验收', [
    '消防设计审查申请表',
    '消防设计文件',
    '安全预评价报告（危险化学品等项目）',
    `其他材料：${NOTE}`,
  ]),
  category(9, 'utilities', '水电气暖报装', DESK_IDS.enterprise, '供水、供电、燃气、供暖报装接入', [
    '报装申请表',
    '企业营业执照',
    '用地或房屋权属证明',
    '用水、用电、用气、用热负荷说明',
    `其他材料：${NOTE}`,
  ]),
  category(
    10,
    'policy-subsidy',
    '政策兑现与补贴申报',
    DESK_IDS.enterprise,
    '招商优惠政策兑现、各级补贴申报辅导',
    ['政策兑现申请表', '企业营业执照', '符合政策条件的证明材料', '银行账户信息', `其他材料：${NOTE}`],
    { targets: targets(8, 20) },
  ),
  category(11, 'employment-talent', '用工与人才', DESK_IDS.enterprise, '招工对接、人才引进与安居政策咨询', [
    '用工需求表（岗位、人数、条件）',
    '企业营业执照',
    `其他材料：${NOTE}`,
  ]),
  category(
    12,
    'on-site',
    '零距离上门服务',
    DESK_IDS.construction,
    '服务专员上门协调解决项目推进中的问题',
    ['问题说明（可附照片）', '希望上门的时间'],
    { isOnSite: true, targets: targets(4, 3) },
  ),
  category(13, 'construction-support', '施工保障', DESK_IDS.construction, '施工期间的水电路、周边环境等协调保障', [
    '问题说明（位置、影响、期望解决时间）',
    '现场照片',
  ]),
];
