export default definePageConfig({ navigationBarTitleText: '园区', enablePullDownRefresh: true });
