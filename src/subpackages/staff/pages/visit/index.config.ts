export default definePageConfig({ navigationBarTitleText: '考察接待详情' });
