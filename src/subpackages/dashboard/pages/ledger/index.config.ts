export default definePageConfig({ navigationBarTitleText: '考核台账', enablePullDownRefresh: true });
