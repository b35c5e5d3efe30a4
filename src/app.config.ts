export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/parks/index',
    'pages/articles/index',
    'pages/mine/index',
    'pages/park-detail/index',
    'pages/article-detail/index',
    'pages/visit-book/index',
    'pages/my-visits/index',
    'pages/visit-detail/index',
    'pages/messages/index',
    'pages/services/index',
    'pages/ticket-new/index',
    'pages/my-tickets/index',
    'pages/ticket-detail/index',
  ],
  // Role areas live in subpackages so the main package stays small (WeChat: 2 MB per package).
  subPackages: [
    { root: 'subpackages/account', pages: ['pages/demo-identity/index'] },
    // Internal: for the zone's staff only (roles are checked server-side on every call).
    {
      root: 'subpackages/staff',
      pages: [
        'pages/visits/index',
        'pages/visit/index',
        'pages/tickets/inbox/index',
        'pages/tickets/detail/index',
        'pages/oversight/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1d4e89',
    navigationBarTitleText: '零距离',
    navigationBarTextStyle: 'white',
    // WeChat's own bar in weapp; in H5 it makes Taro draw its bar (title, back / home), hidden otherwise.
    navigationStyle: 'default',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#6b7280',
    selectedColor: '#1d4e89',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/parks/index', text: '园区' },
      { pagePath: 'pages/services/index', text: '服务' },
      { pagePath: 'pages/articles/index', text: '动态' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // app.json's cloud-development flag; Taro's AppConfig type does not list it.
  ...({ cloud: true } as object),
});
