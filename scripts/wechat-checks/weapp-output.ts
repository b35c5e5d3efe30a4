import { parse } from 'acorn';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What WeChat's own tools do not check but going live needs, read from a built dist/weapp:
 * project settings as WeChat recommends, no demo page, a sitemap that lets search index only the
 * public catalogue, the park page shareable (staff pages never), and every page present in the compiled output.
 */

/** The pages anyone may open without an account; the only ones WeChat search may index. */
export const PUBLIC_PAGES = [
  'pages/home/index',
  'pages/parks/index',
  'pages/park-detail/index',
  'pages/articles/index',
  'pages/article-detail/index',
  'pages/services/index',
] as const;

/** project.config.json settings WeChat's quality scan and old iOS engines need (es6 + enhance: ES5 out). */
const REQUIRED_SETTINGS = ['es6', 'enhance', 'minified', 'minifyWXML', 'minifyWXSS'] as const;

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  sitemapLocation?: string;
}

interface SitemapRule {
  action: 'allow' | 'disallow';
  page: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export const jsFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative(dir, join(dir, file)).split('\\').join('/'));

/** A parse error names the file and the position: syntax newer than `ecmaVersion` is such an error. */
export const syntaxProblems = (label: string, code: string, ecmaVersion: 5 | 2019): string[] => {
  try {
    parse(code, { ecmaVersion, sourceType: 'script' });
    return [];
  } catch (e) {
    return [`${label} is not ES${ecmaVersion === 5 ? '5' : '2019'}: ${e instanceof Error ? e.message : String(e)}`];
  }
};

export const allPages = (app: AppJson): string[] => [
  ...app.pages,
  ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
];

const sitemapProblems = (dir: string, app: AppJson): string[] => {
  if (!app.sitemapLocation) return ['app.json has no sitemapLocation'];
  const file = join(dir, app.sitemapLocation);
  if (!existsSync(file)) return [`${app.sitemapLocation} is missing from the build`];
  const rules = readJson<{ rules?: SitemapRule[] }>(file).rules ?? [];
  const publicPages: readonly string[] = PUBLIC_PAGES;
  const stray = rules.filter((rule) => rule.action === 'allow' && !publicPages.includes(rule.page));
  const last = rules[rules.length - 1];
  return [
    ...stray.map((rule) => `sitemap.json allows ${rule.page}, which is not a public page`),
    ...(last?.action === 'disallow' && last.page === '*' ? [] : ['sitemap.json does not end with disallow "*"']),
  ];
};

const settingProblems = (dir: string): string[] => {
  const setting = readJson<{ setting?: Record<string, unknown> }>(join(dir, 'project.config.json')).setting ?? {};
  return REQUIRED_SETTINGS.filter((key) => setting[key] !== true).map(
    (key) => `project.config.json setting.${key} is not true`,
  );
};

const SHARE_KEYS = ['enableShareAppMessage', 'enableShareTimeline'] as const;

/**
 * Taro keeps a page's share switches out of its .json and passes them, in the page's .js, to
 * createPageConfig, which then defines onShareAppMessage / onShareTimeline: that is where they are read.
 */
const sharesOf = (dir: string, page: string): Set<string> => {
  const file = join(dir, `${page}.js`);
  const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return new Set(SHARE_KEYS.filter((key) => new RegExp(`\\b${key}:(!0|true)\\b`).test(code)));
};

/** The internal parts (staff, leaders and the office): none of their pages may share. */
const INTERNAL_ROOTS = ['subpackages/staff/', 'subpackages/admin/', 'subpackages/dashboard/'];

/** The park page shares to chat and 朋友圈; a staff page never does. */
const shareProblems = (dir: string, pages: readonly string[]): string[] => {
  const park = sharesOf(dir, 'pages/park-detail/index');
  return [
    ...SHARE_KEYS.filter((key) => !park.has(key)).map((key) => `pages/park-detail/index does not set ${key}`),
    ...pages
      .filter((page) => INTERNAL_ROOTS.some((root) => page.startsWith(root)) && sharesOf(dir, page).size > 0)
      .map((page) => `${page} (an internal page) enables sharing`),
  ];
};

/** Every problem found in `dir` (a dist/weapp); `compiled` is the file list WeChat's compiler produced. */
export const checkWeappOutput = (dir: string, compiled: ReadonlySet<string>): string[] => {
  const app = readJson<AppJson>(join(dir, 'app.json'));
  const pages = allPages(app);
  return [
    ...pages.filter((page) => page.includes('demo-identity')).map((page) => `app.json ships the demo page ${page}`),
    ...(existsSync(join(dir, 'subpackages', 'account', 'pages', 'demo-identity'))
      ? ['dist/weapp still carries subpackages/account/pages/demo-identity']
      : []),
    ...pages.flatMap((page) =>
      ['.js', '.json', '.wxml']
        .filter((ext) => !compiled.has(`${page}${ext}`))
        .map((ext) => `the compiled result has no ${page}${ext}`),
    ),
    ...sitemapProblems(dir, app),
    ...settingProblems(dir),
    ...shareProblems(dir, pages),
  ];
};
