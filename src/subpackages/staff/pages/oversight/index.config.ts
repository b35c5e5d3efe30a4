export default definePageConfig({ navigationBarTitleText: '督办与整改', enablePullDownRefresh: true });
