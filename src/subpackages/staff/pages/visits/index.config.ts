export default definePageConfig({ navigationBarTitleText: '接待考察', enablePullDownRefresh: true });
