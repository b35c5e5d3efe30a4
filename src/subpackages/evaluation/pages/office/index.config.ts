export default definePageConfig({ navigationBarTitleText: '现场评议' });
