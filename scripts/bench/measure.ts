/** Latency figures for a bench scenario: runs `op` n times with `concurrency` in flight. */
export interface Figures {
  name: string;
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** p50 over the p50 of the raw floor of the same shape, measured in the same run (raw-floor.ts). */
  timesFloor?: number;
}

/** The figures with their ratio to a floor's p50. */
export const againstFloor = (figures: Figures, floor: Figures): Figures => ({
  ...figures,
  timesFloor: figures.p50 / floor.p50,
});

/** The figures of something run once (a scheduler tick): every percentile is that one time. */
export const oneRun = (name: string, ms: number): Figures => ({
  name,
  count: 1,
  seconds: ms / 1000,
  perSecond: 1000 / ms,
  p50: ms,
  p99: ms,
  max: ms,
});

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const measure = async (
  name: string,
  count: number,
  concurrency: number,
  op: (i: number) => Promise<void>,
): Promise<Figures> => {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      await op(i);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    name,
    count,
    seconds,
    perSecond: count / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? 0,
  };
};

export const printFigures = (rows: Figures[]): void => {
  process.stdout.write(
    `${'scenario'.padEnd(44)} ${'n'.padStart(6)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'× floor'.padStart(8)}\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(44)} ${String(r.count).padStart(6)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.max.toFixed(2).padStart(8)} ${(r.timesFloor === undefined ? '' : `${r.timesFloor.toFixed(1)}×`).padStart(8)}\n`,
    );
  }
};
