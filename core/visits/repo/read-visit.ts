import type { DocStore } from '@core/kernel/store/doc-store';
import type { Visit } from '../visit';

/** One visit by id, for other features (projects' 转为线索); light, so the contract's importers stay small. */
export const readVisit = (store: DocStore, id: string): Promise<Visit | null> => store.get('visits', id);
