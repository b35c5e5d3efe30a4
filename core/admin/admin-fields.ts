import * as v from 'valibot';
import { TEAM_KINDS } from '@core/identity';
import { idField } from '@core/kernel/paging';
import { localDateField, mobileField, requiredTextField as text } from '@core/kernel/validation/common-fields';

/** Field schemas of the admin actions; the admin pages validate with the same ones. */

export const personNameField = v.pipe(
  text('姓名', 2, 20),
  v.regex(/^[\p{Script=Han}A-Za-z·. ]+$/u, '姓名只能包含汉字、字母、间隔号'),
);
export { mobileField };
export const staffTitleField = text('职务', 2, 30);
export const teamNameField = text('团队名称', 2, 30);
export const handoverNoteField = v.optional(
  v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(500, '交接说明不超过500个字'))),
  null,
);
export const searchField = v.optional(
  v.pipe(v.string('搜索词应为文本'), v.trim(), v.maxLength(30, '搜索词不超过30个字')),
  '',
);

const uniqueIds = (label: string, max: number) =>
  v.pipe(
    v.array(idField, `${label}应为列表`),
    v.maxLength(max, `${label}不超过${max}个`),
    v.check((ids) => new Set(ids).size === ids.length, `${label}不能重复`),
  );

export const preregisterFields = {
  name: personNameField,
  mobile: mobileField,
  title: staffTitleField,
  teamIds: uniqueIds('团队', 10),
  skills: uniqueIds('业务技能', 30),
  roles: v.pipe(
    v.array(v.picklist(['staff', 'leader'] as const, '角色无效'), '请选择角色'),
    v.minLength(1, '请至少选择一个角色'),
    v.check((r) => new Set(r).size === r.length, '角色不能重复'),
  ),
  backupUserId: v.optional(v.nullable(idField), null),
};

export const leaveFields = {
  staffUserId: idField,
  isOnLeave: v.boolean('请选择是否休假'),
  backupUserId: v.optional(v.nullable(idField), null),
  leaveFrom: v.optional(v.nullable(localDateField), null),
  leaveTo: v.optional(v.nullable(localDateField), null),
  handoverNote: handoverNoteField,
};

export const teamFields = {
  teamId: v.optional(v.nullable(idField), null),
  name: teamNameField,
  kind: v.picklist(TEAM_KINDS, '请选择团队类型'),
  parkId: v.optional(v.nullable(idField), null),
  leaderUserId: idField,
  /** In routing order: on a tie the earlier member gets the work. */
  memberIds: v.pipe(uniqueIds('成员', 50), v.minLength(1, '请至少选择一名成员')),
  /** For a category desk: the service categories it answers. */
  categoryIds: v.optional(uniqueIds('服务事项', 50), []),
};
