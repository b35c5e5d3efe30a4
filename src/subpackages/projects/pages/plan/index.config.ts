export default definePageConfig({ navigationBarTitleText: '倒排工期' });
