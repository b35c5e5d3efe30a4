import type { DocStore, Page } from '@core/kernel/store/doc-store';
import type { Visit } from '../visit';

/** One visit by id, for other features (projects' 转为线索); light, so the contract's importers stay small. */
export const readVisit = (store: DocStore, id: string): Promise<Visit | null> => store.get('visits', id);

/** Every visit whose slot starts in [from, to), a thousand at a time (the dashboard's visit figures). */
export const visitsStartingIn = async (store: DocStore, from: number, to: number): Promise<Visit[]> => {
  const all: Visit[] = [];
  let after: string | null = null;
  do {
    const page: Page<Visit> = await store.find('visits', {
      where: { startsAt: { gte: from, lt: to } },
      limit: 1000,
      after,
    });
    all.push(...page.items);
    after = page.next;
  } while (after !== null);
  return all;
};
