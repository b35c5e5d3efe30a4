/** A 环评 request of the enterprise persona for its project, as the form sends it. */
export const validTicketInput = {
  categoryId: 'environmental-impact',
  projectId: 'dezhi-hangchuang',
  enterpriseName: '北京德知航创科技有限公司',
  creditCode: '91350100M000100Y43',
  contactName: '王经理',
  contactPhone: '13800138002',
  description: '一期定制厂房投产前需办理环评审批，请协助。',
  attachments: [],
  privacyConsent: true,
};
