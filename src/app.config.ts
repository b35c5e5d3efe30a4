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
    // Leaders and the office: 服务驾驶舱 and 考核台账 (C8).
    { root: 'subpackages/dashboard', pages: ['pages/overview/index', 'pages/ledger/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1d4e89',
    navigationBarTitleText: '零距离',
    navigationBarTextStyle: 'white',
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
  // WeChat for Windows/Mac: the office works from a PC, so the window may be resized (dashboard, ledger).
  resizable: true,
  // app.json's cloud-development flag; Taro's AppConfig type does not list it.
  ...({ cloud: true } as object),
});
