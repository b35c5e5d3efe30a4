export default definePageConfig({ navigationBarTitleText: '零距离 · 平原经济开发区', enablePullDownRefresh: true });
