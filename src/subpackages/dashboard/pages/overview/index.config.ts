export default definePageConfig({ navigationBarTitleText: '服务驾驶舱', enablePullDownRefresh: true });
