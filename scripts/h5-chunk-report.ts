/**
 * After an H5 build: which modules sit in more than one JS file (from the manifest config/h5-chunks.ts
 * writes beside dist/h5), and the build's size. `npx tsx scripts/check-h5-chunks.ts` prints it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { H5_CHUNK_MANIFEST } from '../config/h5-chunks';

export interface H5ChunkReport {
  jsFiles: number;
  /** Every file of dist/h5, bytes on disk. */
  totalBytes: number;
  jsBytes: number;
  /** Modules found in two or more JS files, with those files. */
  duplicates: { module: string; size: number; files: string[] }[];
  /** JS files of the build the manifest does not describe, or the other way round (a stale manifest). */
  unlisted: string[];
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

export const checkH5Chunks = (distDir: string): H5ChunkReport => {
  const h5 = join(distDir, 'h5');
  const manifest = JSON.parse(readFileSync(join(distDir, H5_CHUNK_MANIFEST), 'utf8')) as {
    files: Record<string, { name: string; size: number }[]>;
  };
  const all = walk(h5);
  const js = all.filter((f) => f.endsWith('.js')).map((f) => relative(h5, f));
  const listed = Object.keys(manifest.files);
  const unlisted = [...js.filter((f) => !listed.includes(f)), ...listed.filter((f) => !js.includes(f))];
  const where = new Map<string, { size: number; files: string[] }>();
  for (const [file, modules] of Object.entries(manifest.files)) {
    for (const m of modules) {
      const entry = where.get(m.name) ?? { size: m.size, files: [] };
      entry.files.push(file);
      where.set(m.name, entry);
    }
  }
  const duplicates = [...where]
    .filter(([, e]) => e.files.length > 1)
    .map(([module, e]) => ({ module, size: e.size, files: e.files }))
    .sort((a, b) => b.size * b.files.length - a.size * a.files.length);
  const size = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    jsFiles: js.length,
    totalBytes: size(all),
    jsBytes: size(all.filter((f) => f.endsWith('.js'))),
    duplicates,
    unlisted,
  };
};
