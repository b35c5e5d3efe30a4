import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Compiler, Module } from 'webpack';

import type H5Chain from 'webpack-chain';

/** Where the build writes which modules went into which JS file: beside dist/h5, not served. */
export const H5_CHUNK_MANIFEST = 'h5-chunks.json';

/**
 * Taro splits only the initial chunks (`chunks: 'initial'`), so every page chunk, loaded on demand,
 * carried its own copy of the shared modules (Taro's input/textarea/picker components, the fetch
 * polyfill, our core/ and components). Splitting async chunks too puts each shared module in one
 * chunk that every page using it fetches once and the browser then keeps (hashed name, immutable).
 * No request limits: a limit leaves a module duplicated when a page would need more chunks than it.
 */
export const splitSharedModules = (chain: H5Chain): void => {
  const taro = (chain.optimization.get('splitChunks') ?? {}) as Record<string, unknown>;
  chain.optimization.splitChunks({
    ...taro,
    chunks: 'all',
    maxAsyncRequests: Infinity,
    maxInitialRequests: Infinity,
  });
};

interface ManifestModule {
  name: string;
  size: number;
}

/** The modules of a chunk, with those webpack concatenated into one scope listed one by one. */
const innerModules = (module: Module): Module[] => {
  const inner = (module as Module & { modules?: Module[] }).modules;
  return inner ? inner.flatMap(innerModules) : [module];
};

/**
 * Writes dist/h5-chunks.json: for each emitted JS file, the modules in it. scripts/check-h5-chunks.ts
 * reads it to prove no module sits in two files.
 */
export class ChunkManifestPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('ChunkManifestPlugin', (compilation) => {
      const files: Record<string, ManifestModule[]> = {};
      for (const chunk of compilation.chunks) {
        const js = [...chunk.files].filter((f) => f.endsWith('.js'));
        if (js.length === 0) continue;
        const modules = compilation.chunkGraph
          .getChunkModules(chunk)
          .flatMap(innerModules)
          .map((m) => ({ name: m.readableIdentifier(compilation.requestShortener), size: m.size() }))
          .filter((m) => !m.name.startsWith('webpack/runtime/'));
        for (const file of js) files[file] = modules;
      }
      const out = join(dirname(compiler.outputPath), H5_CHUNK_MANIFEST);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify({ files }, null, 1)}\n`);
    });
  }
}
