export default definePageConfig({ navigationBarTitleText: '工单详情（工作人员）', enablePullDownRefresh: true });
