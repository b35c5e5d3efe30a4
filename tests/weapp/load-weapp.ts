/**
 * Runs the compiled mini-program (dist/weapp) in miniprogram-simulate: the app chunks are
 * evaluated as WeChat would (app.js first, which requires common/vendors/taro/runtime), then a page
 * is loaded with its compiled WXML, rendered by j-component and driven through its lifecycle.
 * Test support only. Needs the jsdom test environment (exparser renders into a DOM).
 *
 * What stands in for WeChat: `App`, `Page`, `getApp`, `getCurrentPages` and the `wx` APIs the tests
 * care about (`cloud`, navigation). miniprogram-simulate supplies `Component` and the rest of `wx`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import simulate from 'miniprogram-simulate';

export const WEAPP_DIR = resolve(__dirname, '..', '..', 'dist', 'weapp');

export type CallFunction = (name: string, data: unknown) => Promise<unknown>;

export interface Navigation {
  api: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch';
  url: string;
}

export interface RenderedPage {
  comp: ReturnType<typeof simulate.render>;
  /** The page's visible text, whitespace collapsed. */
  text(): string;
}

export interface Weapp {
  navigations: Navigation[];
  /** Loads, renders and runs onLoad → onShow → onReady for `route` (e.g. 'pages/home/index'). */
  openPage(route: string, query?: Record<string, string>): Promise<RenderedPage>;
}

type Options = Record<string, unknown>;
type Lifecycle = (this: unknown, ...args: unknown[]) => unknown;

interface SimulateUtils {
  runJs: (path: string) => unknown;
}

/** The methods a page instance gets from Taro's createPageConfig. */
interface PageInstance {
  route?: string;
  onLoad(query: Record<string, string>): void;
  onShow(): void;
  onReady(): void;
}

/**
 * Evaluates a compiled file in the test's global scope (where `wx`, `Page`, … are), with a
 * CommonJS `require` for its relative requires. Not through jest's module system: the chunks are
 * already compiled and must not be transformed again.
 */
const createChunkLoader = () => {
  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const path = file.endsWith('.js') ? file : `${file}.js`;
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(path, module);
    const requireRelative = (specifier: string): unknown => load(resolve(dirname(path), specifier));
    const run = new Function('require', 'module', 'exports', readFileSync(path, 'utf8')) as (
      r: typeof requireRelative,
      m: typeof module,
      e: unknown,
    ) => void;
    run(requireRelative, module, module.exports);
    return module.exports;
  };
  return load;
};

/** WeChat's Page() as a Component() with the page hooks as methods, which is how WeChat itself allows pages. */
const pageAsComponent = (options: Options): Options => {
  const methods: Record<string, unknown> = {};
  const rest: Options = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value;
    else rest[key] = value;
  }
  return { ...rest, methods };
};

const mockAsync = (api: Navigation['api'], navigations: Navigation[]) => (options: Options) => {
  navigations.push({ api, url: String(options.url) });
  const result = { errMsg: `${api}:ok` };
  (options.success as ((r: unknown) => void) | undefined)?.(result);
  (options.complete as ((r: unknown) => void) | undefined)?.(result);
  return Promise.resolve(result);
};

/** Installs the platform globals; returns the page stack getCurrentPages() reports. */
const installPlatform = (callFunction: CallFunction, navigations: Navigation[]): unknown[] => {
  const g = globalThis as unknown as Record<string, unknown>;
  let app: unknown = null;
  const pages: unknown[] = [];
  g.App = (options: unknown) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  const component = g.Component as (options: Options) => void;
  g.Page = (options: Options) => component(pageAsComponent(options));
  const wx = g.wx as Record<string, unknown>;
  wx.cloud = {
    init: () => undefined,
    callFunction: async (options: Options) => {
      const result = {
        result: await callFunction(String(options.name), options.data),
        errMsg: 'cloud.callFunction:ok',
      };
      (options.success as ((r: unknown) => void) | undefined)?.(result);
      return result;
    },
  };
  for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'] as const) {
    wx[api] = mockAsync(api, navigations);
  }
  return pages;
};

const flush = (ms = 0) => new Promise<void>((done) => setTimeout(done, ms));

/** Boots the compiled app once (per test file: the runtime is a singleton, as in WeChat). */
export const bootWeapp = (callFunction: CallFunction): Weapp => {
  if (!existsSync(join(WEAPP_DIR, 'app.js'))) throw new Error(`no weapp build in ${WEAPP_DIR}`);
  const navigations: Navigation[] = [];
  const pageStack = installPlatform(callFunction, navigations);
  const loadChunk = createChunkLoader();
  // simulate loads page and component scripts with its own require; route them through ours.
  jest.requireActual<SimulateUtils>('miniprogram-simulate/src/utils').runJs = loadChunk;
  loadChunk(join(WEAPP_DIR, 'app.js'));
  const app = (globalThis as unknown as { getApp(): Record<string, Lifecycle> }).getApp();
  app.onLaunch?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
  app.onShow?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });

  // A page's script runs once and registers it; every visit renders a new instance of it, as in WeChat.
  const registered = new Map<string, string>();
  const pageId = (route: string): string => {
    let id = registered.get(route);
    if (id === undefined) {
      id = simulate.load(join(WEAPP_DIR, route), { rootPath: WEAPP_DIR, compiler: 'official' });
      registered.set(route, id);
    }
    return id;
  };

  const openPage: Weapp['openPage'] = async (route, query = {}) => {
    const comp = simulate.render(pageId(route));
    const parent = document.createElement('parent-wrapper');
    document.body.appendChild(parent);
    comp.attach(parent);
    const page = comp.instance as unknown as PageInstance;
    // Taro reads the route from the instance, as WeChat sets it on every page.
    page.route = route;
    pageStack.push(page);
    // WeChat's order. Taro's onShow / onReady wait for onLoad's asynchronous mount themselves.
    page.onLoad(query);
    page.onShow();
    page.onReady();
    await flush();
    return { comp, text: () => (comp.dom?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  };

  return { navigations, openPage };
};
