import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import type { CategoryAdminView } from '@core/app/contract';
import { ruleVersionFields } from '@core/tickets/service-category-fields';
import { RULE_VERSION_STATE_LABELS } from '@core/tickets/service-rules';
import { adminStores } from '@/stores/admin-stores';
import { TextField } from '@/subpackages/admin/components/text-field';
import { checkForm } from '@/subpackages/admin/form-errors';
import { useAdminWrite } from '@/subpackages/admin/use-admin-write';
import { useAdminOptions } from '@/subpackages/admin/use-options';
import { draftOfRules, RulesFields, routingText, rulesOfDraft } from './rules-fields';

const schema = v.strictObject(ruleVersionFields);

type RuleVersion = CategoryAdminView['rules'][number];

/** One version as it stands: from when, its targets and routing, and 撤回 while it is still scheduled. */
function RuleVersionRow({ version: r, onWithdraw }: { version: RuleVersion; onWithdraw: () => void }) {
  return (
    <View className={`admin-version admin-version--${r.state}`} data-version={r.number}>
      <View className="admin-card__head">
        <Text>
          版本{r.number} · {r.effectiveAt === 0 ? '初始规则' : `${r.effectiveFrom} 起`}
        </Text>
        <Text className="admin-card__tag">{RULE_VERSION_STATE_LABELS[r.state]}</Text>
      </View>
      <Text>
        响应 {r.targets.responseWorkingHours} 个工作小时 · 办结 {r.targets.resolutionWorkingDays} 个工作日
        {r.targets.isDefaultPendingZone ? '（默认值，待开发区确定）' : ''}
      </Text>
      <Text className="muted">派单：{routingText(r.routing, r.fallbackTeamName)}</Text>
      {r.state === 'scheduled' && (
        <Button className="admin-button admin-button--plain" data-action="withdraw-rules" onClick={onWithdraw}>
          撤回此版本
        </Button>
      )}
    </View>
  );
}

/** 规则版本: current, scheduled and past versions of one category, a new one from a future date, withdrawing a scheduled one. */
export function RulesPanel({
  category,
  onChanged,
}: {
  category: CategoryAdminView;
  onChanged: (c: CategoryAdminView) => void;
}) {
  const options = useAdminOptions();
  const current = category.rules.find((r) => r.state === 'current') ?? category.rules[0];
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [draft, setDraft] = useState(() =>
    draftOfRules(
      current?.targets ?? { responseWorkingHours: 4, resolutionWorkingDays: 5 },
      current?.routing ?? { steps: [], fallbackTeamId: null },
    ),
  );
  const { errors, isBusy, run } = useAdminWrite();
  const add = () => {
    const input = { categoryId: category.id, effectiveFrom, ...rulesOfDraft(draft) };
    return run(
      checkForm(schema, input),
      () => adminStores.change('admin.categories.addRules', input, category.id),
      (saved) => {
        setEffectiveFrom('');
        onChanged(saved);
      },
    );
  };
  const withdraw = (number: number) =>
    run(
      {},
      () => adminStores.change('admin.categories.withdrawRules', { categoryId: category.id, number }, category.id),
      onChanged,
    );
  return (
    <View className="admin-form" data-form="rules">
      <Text className="admin-card__name">{category.name}：规则版本</Text>
      {category.rules.map((r) => (
        <RuleVersionRow key={r.number} version={r} onWithdraw={() => void withdraw(r.number)} />
      ))}
      <Text className="admin-card__name">新增版本</Text>
      <Text className="muted">只能自明天或以后的某一天起生效（北京时间0点）；已受理的工单仍按其提交时的版本计时。</Text>
      <TextField
        label="生效日期"
        hint="如 2027-01-01"
        isRequired
        name="effectiveFrom"
        value={effectiveFrom}
        onChange={setEffectiveFrom}
        error={errors.effectiveFrom ?? errors.categoryId}
      />
      <RulesFields
        draft={draft}
        onChange={setDraft}
        teams={options.teams}
        errors={{ targets: errors.targets, routing: errors.routing }}
      />
      {(errors.form || errors.number) && <Text className="admin-error">{errors.form ?? errors.number}</Text>}
      <Button
        className="admin-button"
        data-action="add-rules"
        disabled={isBusy || undefined}
        onClick={() => void add()}
      >
        保存新版本
      </Button>
    </View>
  );
}
