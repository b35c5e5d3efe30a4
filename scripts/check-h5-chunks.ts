/** `npx tsx scripts/check-h5-chunks.ts`: fails when a module of the H5 build sits in two JS files. */
import { join } from 'node:path';
import { checkH5Chunks } from './h5-chunk-report';

const report = checkH5Chunks(join(__dirname, '..', 'dist'));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
process.stdout.write(
  `dist/h5: ${kb(report.totalBytes)} in all, ${report.jsFiles} JS files, ${kb(report.jsBytes)} of JS\n`,
);
for (const d of report.duplicates.slice(0, 20)) {
  process.stdout.write(`duplicated: ${d.module} (${d.size} B) in ${d.files.length} files\n`);
}
for (const f of report.unlisted) process.stdout.write(`not in the manifest (stale build?): ${f}\n`);
if (report.duplicates.length || report.unlisted.length) process.exit(1);
