import { expectOk, type BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';

/** The public catalogue: what every visitor's first screens ask for. */
export const benchCatalog = async (stack: BenchStack): Promise<Figures[]> => {
  const read = (action: string, input: unknown) => async () =>
    expectOk(await stack.post('catalog', action, input), action);
  return [
    await measure('catalog.home (c=8)', 2000, 8, read('catalog.home', {})),
    await measure(
      'catalog.parks.list by industry (c=8)',
      2000,
      8,
      read('catalog.parks.list', { industryId: 'high-end-equipment' }),
    ),
    await measure('catalog.parks.get jingde-smart (c=8)', 2000, 8, read('catalog.parks.get', { id: 'jingde-smart' })),
  ];
};
