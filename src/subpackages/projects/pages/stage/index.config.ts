export default definePageConfig({ navigationBarTitleText: '推进阶段' });
