export default definePageConfig({ navigationBarTitleText: '绿色招商筛查' });
