export default definePageConfig({ navigationBarTitleText: '筛查检查表' });
