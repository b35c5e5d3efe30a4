export default definePageConfig({ navigationBarTitleText: '体验身份' });
