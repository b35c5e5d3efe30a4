/** The nine seeded parks' names in the order the public park list shows them. */
export const ALL_PARKS = [
  '绿色化工产业园',
  '新型医药产业园',
  '京德智造产业园',
  '高端装备制造产业园',
  '新材料产业园',
  '铁路物流产业园',
  '航空产业园',
  '双创产业园',
  '农产品精深加工产业园',
];

/** Valid inputs of the office's catalogue edits; a test overrides the field it is about. */

export const newArticle = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  category: 'policy',
  title: '平原经济开发区标准厂房租赁扶持办法',
  summary: '入驻标准厂房的企业前两年租金减半。',
  body: ['第一条 为加快项目落地，制定本办法。', '第二条 入驻企业前两年租金减半。'],
  source: '开发区招商服务办公室',
  parkIds: ['jingde-smart'],
  ...over,
});

export const newFactory = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  parkId: 'jingde-smart',
  name: '二期标准厂房A栋',
  areaM2: 12000,
  floors: 3,
  status: 'vacant',
  readyDate: '2027-03-01',
  readyNote: null,
  isCustomBuild: false,
  note: null,
  ...over,
});

export const newPark = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: '数字经济产业园',
  order: 10,
  summary: '承接数字经济与软件信息服务项目。',
  description: '规划建设中。',
  industryIds: [],
  status: 'planning',
  areaMu: 300,
  investmentYi: null,
  figures: [{ label: '规划面积', value: '300亩' }],
  highlights: ['毗邻高铁站'],
  address: null,
  location: null,
  contactRole: '园区招商服务专员',
  ...over,
});
