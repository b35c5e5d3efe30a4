import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocStoreContract } from '@core/kernel/store/doc-store-contract';
import { SqliteDocStore } from './sqlite-doc-store';

describeDocStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zd-sqlite-'));
  const store = new SqliteDocStore(join(dir, 'test.db'));
  return {
    store,
    close: async () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
