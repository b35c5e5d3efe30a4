import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import { ChunkManifestPlugin, splitSharedModules } from './h5-chunks';
import prodConfig from './prod';

const env = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zero-distance',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate roots so the two builds never wipe each other.
    outputRoot: `dist/${env}`,
    plugins: [],
    defineConstants: {
      // The cloud environment id for weapp builds; empty means the mini-program's default environment.
      ZD_CLOUD_ENV: JSON.stringify(process.env.ZD_CLOUD_ENV ?? ''),
    },
    copy: {
      patterns:
        env === 'weapp'
          ? [
              { from: 'src/assets/map-marker.png', to: 'dist/weapp/assets/map-marker.png' },
              { from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' },
              { from: 'src/assets/share-cover.png', to: 'dist/weapp/assets/share-cover.png' },
            ]
          : [],
      options: {},
    },
    // Taro's mini terser writes every non-ASCII character as \uXXXX: six bytes for what UTF-8 says in three. The
    // package is UTF-8 and the copy is Chinese, so the escapes alone cost the main package ~10 KB.
    ...(env === 'weapp' ? { terser: { enable: true, config: { output: { ascii_only: false } } } } : {}),
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true },
    alias: {
      '@core': path.resolve(__dirname, '..', 'core'),
      '@': path.resolve(__dirname, '..', 'src'),
      // Its "module" build is ESM inside a "type": "commonjs" package, which the mini build cannot parse.
      // The client only reaches it through re-exports that webpack prunes; its UMD build parses.
      'chinese-days$': path.resolve(__dirname, '..', 'node_modules', 'chinese-days', 'dist', 'index.min.js'),
    },
    mini: {
      // valibot ships ES2020 (`?.`, `??`), which older iOS WeChat engines cannot parse: Babel lowers it.
      compile: {
        include: [path.resolve(__dirname, '..', 'core'), (file: string) => /node_modules[\\/]valibot[\\/]/.test(file)],
      },
      postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
      optimizeMainPackage: { enable: true },
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [path.resolve(__dirname, '..', 'core')] },
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // The root font-size follows the narrower side of the window (Taro's rem script): a 1280×800 office
        // window would get 40 px, twice a phone's 20 px. 24 px keeps desktop pages at phone-like density.
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        cssModules: { enable: false },
      },
      devServer: { port: 10086, proxy: [{ context: ['/api'], target: 'http://127.0.0.1:8787' }] },
      webpackChain(chain) {
        splitSharedModules(chain);
        chain.plugin('chunk-manifest').use(ChunkManifestPlugin);
      },
    },
  };
  return merge({}, baseConfig, mode === 'production' || process.env.NODE_ENV === 'production' ? prodConfig : devConfig);
});
