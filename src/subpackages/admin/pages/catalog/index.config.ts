export default definePageConfig({ navigationBarTitleText: '园区与动态' });
