import type { ServiceCategory, ServiceMaterial, ServiceTargets } from '@core/tickets';
import { DEFAULT_TARGETS, firstRuleVersion, materialFromLine } from '@core/tickets';
import { defineStep } from '../migration-step';

/** A category of the releases before versioned rules: targets on the category, materials as lines of text. */
type UnversionedCategory = Omit<ServiceCategory, 'materials' | 'rules' | 'isActive'> & {
  materials?: (string | ServiceMaterial)[];
  targets?: ServiceTargets;
  rules?: ServiceCategory['rules'];
  isActive?: boolean;
};

/**
 * Service categories get their rules as version 1, in force from the start (the targets they had and
 * the routing chain of C4 in its fixed order), an on/off switch (on), and each material line as
 * { name, isRequired, note }. The old `targets` field stays as it was and is no longer read.
 */
export const serviceCategoryRules = defineStep<UnversionedCategory>({
  id: '0004-service-category-rules',
  collection: 'service_categories',
  toVersion: 2,
  description:
    'service_categories: rules version 1 from the targets, isActive, materials as { name, isRequired, note }',
  upgrade: async (c) => ({
    materials: (c.materials ?? []).map((m) => (typeof m === 'string' ? materialFromLine(m) : m)),
    isActive: c.isActive ?? true,
    rules: c.rules ?? [firstRuleVersion(c.targets ?? DEFAULT_TARGETS)],
  }),
});
