export default definePageConfig({
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '零距离 · 平原经济开发区',
  enablePullDownRefresh: true,
});
