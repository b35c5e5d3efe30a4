export default definePageConfig({ navigationBarTitleText: '招商动态', enablePullDownRefresh: true });
