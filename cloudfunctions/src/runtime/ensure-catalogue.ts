import type { HandlerDeps } from '@core/app/handlers';
import { seedDatabase } from '@core/app/seed';

/**
 * Loads the catalogue into an empty environment, at most once per function instance: after the
 * first success the cost is nothing; before it, one marker read. Demo personas never reach the
 * cloud. A failure is logged and retried on the next invocation instead of failing this request —
 * the catalogue may well be there already, and most actions do not need it.
 */
export const catalogueSeeder = (): ((deps: HandlerDeps) => Promise<void>) => {
  let done: Promise<void> | null = null;
  return (deps) => {
    done ??= seedDatabase(deps.store, deps.clock.now(), { withDemoUsers: false }).then(
      (seeded) => {
        if (seeded) deps.log.info('catalogue seeded');
      },
      (e: unknown) => {
        done = null;
        deps.log.error('catalogue seed failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      },
    );
    return done;
  };
};
