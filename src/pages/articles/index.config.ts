export default definePageConfig({
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '招商动态',
  enablePullDownRefresh: true,
});
