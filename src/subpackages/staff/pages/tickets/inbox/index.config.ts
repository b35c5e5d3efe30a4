export default definePageConfig({ navigationBarTitleText: '服务工单（工作人员）', enablePullDownRefresh: true });
