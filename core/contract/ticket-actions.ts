import * as v from 'valibot';
import { PUBLIC } from '../domain/roles';
import type { ServiceCategory } from '../domain/service-category';
import { defineAction } from './define-action';
import { pagingFields, type PageOf } from './paging';

export type ServiceCategoryView = Omit<ServiceCategory, 'version' | 'deskTeamId'>;

export const ticketActions = {
  /** The service catalog with its material lists: public, so an enterprise can prepare before asking. */
  'tickets.catalog': defineAction<PageOf<ServiceCategoryView>>()({
    input: v.strictObject({ ...pagingFields }),
    audience: PUBLIC,
  }),
};
