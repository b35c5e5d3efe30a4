import type { Park } from '../catalog';

const CONTACT_ROLE = '园区招商服务专员';
const PENDING_FIGURES = [
  { label: '占地面积', value: null },
  { label: '总投资', value: null },
  { label: '可用厂房', value: null },
];

/** A park the article names but gives no figures for: everything beyond its name says 待补充. */
const namedPark = (id: string, name: string, order: number, industryIds: string[], focus: string): Park => ({
  id,
  version: 1,
  name,
  order,
  summary: `${focus}，“一区多园”九大专业园区之一`,
  description: `${name}是平原经济开发区“一区多园”布局中的九大专业园区之一，${focus}。园区面积、投资规模、可用厂房和具体位置等信息待开发区招商部门补充。`,
  industryIds,
  status: 'unknown',
  areaMu: null,
  investmentYi: null,
  figures: PENDING_FIGURES,
  highlights: [],
  address: null,
  location: null,
  contactRole: CONTACT_ROLE,
});

/** The 9 parks in the article's order. Only 京德智造产业园 has published figures. */
export const PARKS_SEED: Park[] = [
  namedPark('green-chemical', '绿色化工产业园', 1, ['green-chemical'], '聚焦绿色高端化工'),
  namedPark('new-pharma', '新型医药产业园', 2, ['pharma-medical'], '聚焦新型医药和医疗器械'),
  {
    id: 'jingde-smart',
    version: 1,
    name: '京德智造产业园',
    order: 3,
    summary: '平原首个“双飞地”平台载体，研发在北京、生产在平原',
    description:
      '京德智造产业园正在开工建设，总投资18亿元，占地667亩，是平原首个“双飞地”平台载体。园区直接对接中关村各产业园、北大科技园及军民整合产业园等高科技园区，成为其生产基地，实现“研发在北京、生产在平原”的“双飞地”产业链模式。一期4万平方米的“定制”标准厂房正加速建设，为多家北京企业提供“个性化”私人定制厂房。',
    industryIds: ['smart-manufacturing', 'high-end-equipment'],
    status: 'under_construction',
    areaMu: 667,
    investmentYi: 18,
    figures: [
      { label: '占地面积', value: '667亩' },
      { label: '总投资', value: '18亿元' },
      { label: '一期厂房', value: '4万平方米“定制”标准厂房' },
      { label: '建设进度', value: '5月底封顶，7月可实现企业入驻' },
    ],
    highlights: [
      '平原首个“双飞地”平台载体',
      '对接中关村各产业园、北大科技园及军民整合产业园',
      '研发在北京、生产在平原',
      '厂房“个性化”私人定制',
    ],
    address: null,
    location: null,
    contactRole: CONTACT_ROLE,
  },
  namedPark('high-end-equipment', '高端装备制造产业园', 4, ['high-end-equipment'], '聚焦高端装备制造'),
  namedPark('new-materials', '新材料产业园', 5, ['new-materials'], '聚焦新材料'),
  namedPark('railway-logistics', '铁路物流产业园', 6, ['railway-logistics'], '聚焦铁路物流'),
  namedPark('aviation', '航空产业园', 7, ['aviation'], '聚焦航空产业'),
  namedPark('innovation', '双创产业园', 8, ['innovation'], '服务大众创业、万众创新'),
  namedPark('agri-processing', '农产品精深加工产业园', 9, ['modern-agriculture'], '聚焦农产品精深加工与现代高效农业'),
];
