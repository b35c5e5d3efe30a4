import * as v from 'valibot';
import type { RuleVersionState, ServiceMaterial, ServiceRuleVersion } from '@core/tickets';
import { categoryFields, routingField, ruleVersionFields, targetsField } from '@core/tickets';
import type { Role } from '@core/kernel/roles';
import { defineAction } from '@core/kernel/define-action';
import { idField, pagingFields, type PageOf } from '@core/kernel/paging';
import { searchField } from './admin-fields';

export interface RuleVersionView extends ServiceRuleVersion {
  state: RuleVersionState;
  fallbackTeamName: string | null;
}

/** A service category as the office manages it: its own fields, and its rule versions newest first. */
export interface CategoryAdminView {
  id: string;
  name: string;
  summary: string;
  skill: string;
  order: number;
  isOnSite: boolean;
  isActive: boolean;
  materials: ServiceMaterial[];
  deskTeamId: string;
  deskTeamName: string | null;
  rules: RuleVersionView[];
  /** The stored document fails its schema: what is wrong (the defaults apply meanwhile). */
  problem: string | null;
}

/** The first version's rules, given when the category is created (later ones are added as versions). */
export const initialRulesField = v.optional(
  v.nullable(v.strictObject({ targets: targetsField, routing: routingField })),
  null,
);

/** Create (categoryId null, initialRules required) or change a category's own fields. */
export const categorySaveFields = {
  categoryId: v.optional(v.nullable(idField), null),
  ...categoryFields,
  initialRules: initialRulesField,
};

const ADMIN: readonly Role[] = ['admin'];

export const categoryAdminActions = {
  'admin.categories.list': defineAction<PageOf<CategoryAdminView>>()({
    input: v.strictObject({ query: searchField, ...pagingFields }),
    audience: ADMIN,
  }),
  'admin.categories.save': defineAction<CategoryAdminView>()({
    input: v.strictObject(categorySaveFields),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** A new version of the SLA and routing rules, effective from a future local date (+08:00). */
  'admin.categories.addRules': defineAction<CategoryAdminView>()({
    input: v.strictObject(ruleVersionFields),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
  /** Withdraws a version not yet in force; one in force is never changed. */
  'admin.categories.withdrawRules': defineAction<CategoryAdminView>()({
    input: v.strictObject({
      categoryId: idField,
      number: v.pipe(v.number('缺少版本号'), v.integer('版本号应为整数'), v.minValue(1, '版本号无效')),
    }),
    audience: ADMIN,
    isMutation: true,
    isAudited: true,
  }),
};
