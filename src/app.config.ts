// 体验身份 (local demo personas) exists only on the local stack's H5 build: the weapp never ships it.
// The account subpackage's 绑定 page (staff invite codes) ships everywhere.
const demoPages = process.env.TARO_ENV === 'h5' ? ['pages/demo-identity/index'] : [];

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
    { root: 'subpackages/account', pages: ['pages/bind/index', ...demoPages] },
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
    // The office (admin): also used from WeChat for Windows/Mac and H5 at desktop width.
    {
      root: 'subpackages/admin',
      pages: [
        'pages/home/index',
        'pages/staff/index',
        'pages/teams/index',
        'pages/categories/index',
        'pages/settings/index',
        'pages/audit/index',
        'pages/catalog/index',
        'pages/screening/index',
      ],
    },
    // Projects (C6, "五个一"): staff and leaders manage them; the enterprise contact reads its own (我的项目).
    {
      root: 'subpackages/projects',
      pages: [
        'pages/list/index',
        'pages/project/index',
        'pages/stage/index',
        'pages/plan/index',
        'pages/leads/index',
        'pages/mine/index',
        'pages/screening/index',
      ],
    },
    // Leaders and the office: 服务驾驶舱 and 考核台账 (C8).
    { root: 'subpackages/dashboard', pages: ['pages/overview/index', 'pages/ledger/index'] },
    // 现场评议: the office's rounds, raters' scoring (staff, leaders, enterprises by on-site code), results.
    {
      root: 'subpackages/evaluation',
      pages: ['pages/office/index', 'pages/rate/index', 'pages/results/index'],
    },
  ],
  // WeChat for Windows/Mac: the office may widen the window (admin pages lay out for ≥ 1024 px).
  resizable: true,
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
  // Only the public catalogue may be indexed by WeChat search (sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // app.json's cloud-development flag; Taro's AppConfig type does not list it.
  ...({ cloud: true } as object),
});
