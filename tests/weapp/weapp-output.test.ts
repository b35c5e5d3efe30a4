import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWeappOutput, PUBLIC_PAGES, syntaxProblems } from '../../scripts/wechat-checks/weapp-output';

/** The go-live checks on a built dist/weapp, run on small hand-made builds so each failure is seen. */

const SETTINGS = { es6: true, enhance: true, minified: true, minifyWXML: true, minifyWXSS: true };
const SITEMAP = {
  rules: [...PUBLIC_PAGES.map((page) => ({ action: 'allow', page })), { action: 'disallow', page: '*' }],
};

/** A page chunk as Taro emits it: the page config passed to createPageConfig. */
const PAGE_JS = (config: string): string =>
  `Page(createPageConfig(C,"p",{root:{cn:[]}},{navigationBarTitleText:"t",${config}}));`;

let dir: string;
const write = (file: string, value: unknown): void => writeFileSync(join(dir, file), JSON.stringify(value));
const compiledOf = (pages: string[]): Set<string> =>
  new Set(pages.flatMap((page) => ['.js', '.json', '.wxml'].map((ext) => `${page}${ext}`)));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zd-weapp-output-'));
  write('app.json', { pages: ['pages/home/index'], sitemapLocation: 'sitemap.json' });
  write('sitemap.json', SITEMAP);
  write('project.config.json', { appid: 'touristappid', setting: SETTINGS });
  mkdirSync(join(dir, 'pages', 'park-detail'), { recursive: true });
  writeFileSync(join(dir, 'pages/park-detail/index.js'), PAGE_JS('enableShareAppMessage:!0,enableShareTimeline:!0'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkWeappOutput', () => {
  it('passes a build with the settings, the sitemap and every page compiled', () => {
    expect(checkWeappOutput(dir, compiledOf(['pages/home/index']))).toEqual([]);
  });

  it('refuses the demo subpackage and a page the compiler left out', () => {
    write('app.json', {
      pages: ['pages/home/index'],
      subPackages: [{ root: 'subpackages/account', pages: ['pages/demo-identity/index'] }],
      sitemapLocation: 'sitemap.json',
    });
    const problems = checkWeappOutput(dir, compiledOf(['pages/home/index']));
    expect(problems).toContain('app.json ships the demo page subpackages/account/pages/demo-identity/index');
    expect(problems).toContain('the compiled result has no subpackages/account/pages/demo-identity/index.wxml');
  });

  it('refuses a sitemap that lets a staff page be indexed or does not close with disallow *', () => {
    write('sitemap.json', { rules: [{ action: 'allow', page: 'subpackages/staff/pages/visits/index' }] });
    expect(checkWeappOutput(dir, compiledOf(['pages/home/index']))).toEqual([
      'sitemap.json allows subpackages/staff/pages/visits/index, which is not a public page',
      'sitemap.json does not end with disallow "*"',
    ]);
  });

  it('refuses project settings without compression or ES5 output', () => {
    write('project.config.json', { setting: { ...SETTINGS, es6: false, minified: false } });
    expect(checkWeappOutput(dir, compiledOf(['pages/home/index']))).toEqual([
      'project.config.json setting.es6 is not true',
      'project.config.json setting.minified is not true',
    ]);
  });

  it('is not fooled by a missing sitemap file', () => {
    rmSync(join(dir, 'sitemap.json'));
    expect(checkWeappOutput(dir, compiledOf(['pages/home/index']))).toEqual(['sitemap.json is missing from the build']);
  });
});

describe('sharing', () => {
  it('refuses a park page that does not share, and a staff page that does', () => {
    writeFileSync(join(dir, 'pages/park-detail/index.js'), PAGE_JS('enableShareAppMessage:!0'));
    write('app.json', {
      pages: ['pages/home/index'],
      subPackages: [{ root: 'subpackages/staff', pages: ['pages/visits/index'] }],
      sitemapLocation: 'sitemap.json',
    });
    mkdirSync(join(dir, 'subpackages', 'staff', 'pages', 'visits'), { recursive: true });
    writeFileSync(join(dir, 'subpackages/staff/pages/visits/index.js'), PAGE_JS('enableShareTimeline:true'));
    const compiled = compiledOf(['pages/home/index', 'subpackages/staff/pages/visits/index']);
    expect(checkWeappOutput(dir, compiled)).toEqual([
      'pages/park-detail/index does not set enableShareTimeline',
      'subpackages/staff/pages/visits/index (an internal page) enables sharing',
    ]);
  });
});

describe('syntaxProblems', () => {
  it('finds ES2020 optional chaining and nullish coalescing where ES2019 is required', () => {
    expect(syntaxProblems('vendors.js', 'var a = b?.c;', 2019)).toHaveLength(1);
    expect(syntaxProblems('vendors.js', 'var a = b ?? c;', 2019)).toHaveLength(1);
    expect(syntaxProblems('vendors.js', 'var a = b && b.c;', 2019)).toEqual([]);
  });

  it('finds ES2015 syntax where ES5 is required', () => {
    expect(syntaxProblems('app.js', 'const f = () => 1;', 5)[0]).toMatch(/^app\.js is not ES5/);
    expect(syntaxProblems('app.js', 'var f = function () { return 1; };', 5)).toEqual([]);
  });
});
