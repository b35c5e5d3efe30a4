/**
 * `npm run bench [catalog|visits|tickets|scheduler|audit|dashboard|projects]`: figures from the local stack over HTTP (a real server on
 * loopback with a fresh SQLite file), not timed tests. Each scenario prints throughput and p50/p99.
 */
import { benchAudit } from './bench/audit-scenario';
import { startBenchStack } from './bench/bench-stack';
import { benchCatalog } from './bench/catalog-bench';
import { benchDashboard } from './bench/dashboard-bench';
import { printFigures, type Figures } from './bench/measure';
import { benchProjects } from './bench/projects-bench';
import { benchScheduler } from './bench/scheduler-scenario';
import { benchTickets } from './bench/tickets-scenario';
import { benchVisits } from './bench/visits-bench';

const SCENARIOS: Record<string, (stack: Awaited<ReturnType<typeof startBenchStack>>) => Promise<Figures[]>> = {
  catalog: benchCatalog,
  visits: benchVisits,
  tickets: benchTickets,
  scheduler: benchScheduler,
  audit: benchAudit,
  dashboard: benchDashboard,
  projects: benchProjects,
};

const main = async () => {
  const wanted = process.argv.slice(2);
  const rows: Figures[] = [];
  for (const [name, run] of Object.entries(SCENARIOS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    // Each scenario gets its own fresh stack, so one's data never slows another's.
    const stack = await startBenchStack();
    try {
      rows.push(...(await run(stack)));
    } finally {
      stack.stop();
    }
  }
  printFigures(rows);
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
