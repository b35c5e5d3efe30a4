import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import {
  DEFAULT_DIMENSIONS,
  DEFAULT_WINDOW_WORKING_DAYS,
  PANEL_KINDS,
  PANEL_LABELS,
  type PanelKind,
} from '@core/evaluation/evaluation';
import type { RoundProgressView, RoundQrView, TargetProjectView } from '@core/evaluation/evaluation-actions';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { FormField } from '@/components/form-field';
import { revealFirstError } from '@/utils/reveal-first-error';
import { EvalInput } from '../../components/eval-input';
import { evaluationStore } from '../../evaluation-store';
import '../../evaluation.scss';

const FIELDS = ['title', 'targets', 'projects', 'panels', 'dimensions', 'windowWorkingDays'] as const;
type Field = (typeof FIELDS)[number] | 'form';

function Chips(props: {
  name: string;
  options: { id: string; label: string }[];
  selected: string[];
  onChange: (s: string[]) => void;
}) {
  return (
    <View className="eval-row" data-field={props.name}>
      {props.options.map((o) => {
        const on = props.selected.includes(o.id);
        return (
          <Text
            key={o.id}
            data-option={o.label}
            className={`eval-chip ${on ? 'eval-chip--on' : ''}`}
            {...{ role: 'checkbox', 'aria-checked': on }}
            onClick={() => props.onChange(on ? props.selected.filter((x) => x !== o.id) : [...props.selected, o.id])}
          >
            {o.label}
          </Text>
        );
      })}
    </View>
  );
}

type Picked = Pick<TargetProjectView, 'id' | 'name'>;

/** Projects as targets: the picked ones (tap to remove), and a search by name, 10 at a time, to add more. */
function ProjectPicker({ picked, onChange }: { picked: Picked[]; onChange: (p: Picked[]) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ items: TargetProjectView[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async (cursor: string | null) => {
    const answer = await evaluationStore.getState().findProjects(query.trim(), cursor);
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    setFound({ items: [...(cursor ? (found?.items ?? []) : []), ...answer.data.items], next: answer.data.next });
  };
  const isPicked = (id: string) => picked.some((p) => p.id === id);
  return (
    <View className="eval-picker">
      {picked.length > 0 && (
        <View className="eval-row" data-field="picked-projects">
          {picked.map((p) => (
            <Text
              key={p.id}
              className="eval-chip eval-chip--on"
              data-picked={p.name}
              onClick={() => onChange(picked.filter((x) => x.id !== p.id))}
            >
              {p.name} ✕
            </Text>
          ))}
        </View>
      )}
      <View className="eval-row eval-row--line">
        <EvalInput
          name="project-query"
          size="grow"
          placeholder="按项目名称搜索"
          value={query}
          maxlength={30}
          onChange={setQuery}
          onConfirm={() => void search(null)}
        />
        <Button
          className="eval-button eval-button--plain eval-button--small"
          data-action="find-projects"
          onClick={() => void search(null)}
        >
          搜索
        </Button>
      </View>
      {error && <Text className="evaluation__error">{error}</Text>}
      {found?.items.length === 0 && <Text className="muted">没有找到项目</Text>}
      {found && found.items.length > 0 && (
        <View className="eval-row" data-field="found-projects">
          {found.items.map((p) => (
            <Text
              key={p.id}
              data-option={p.name}
              className={`eval-chip ${isPicked(p.id) ? 'eval-chip--on' : ''}`}
              {...{ role: 'checkbox', 'aria-checked': isPicked(p.id) }}
              onClick={() =>
                onChange(isPicked(p.id) ? picked.filter((x) => x.id !== p.id) : [...picked, { id: p.id, name: p.name }])
              }
            >
              {p.name}
            </Text>
          ))}
        </View>
      )}
      {found?.next && (
        <Text className="eval-chip" data-action="more-projects" onClick={() => void search(found.next)}>
          加载更多
        </Text>
      )}
    </View>
  );
}

/** Opens a round, or edits one nobody has scored yet: targets, panels, the weighted form and the window. */
function RoundForm({ round, onDone }: { round: RoundProgressView | null; onDone: () => void }) {
  const teams = useStore(evaluationStore, (s) => s.teams);
  const [title, setTitle] = useState(round?.title ?? '');
  const [targets, setTargets] = useState<string[]>(
    round?.targets.filter((t) => t.kind === 'team').map((t) => t.id) ?? [],
  );
  const [projects, setProjects] = useState<Picked[]>(
    round?.targets.filter((t) => t.kind === 'project').map((t) => ({ id: t.id, name: t.name })) ?? [],
  );
  const [panels, setPanels] = useState<string[]>(round?.panels ?? [...PANEL_KINDS]);
  const [dims, setDims] = useState(
    (round?.dimensions ?? DEFAULT_DIMENSIONS).map((d) => ({ name: d.name, weight: String(d.weight) })),
  );
  const [days, setDays] = useState(String(round?.windowWorkingDays ?? DEFAULT_WINDOW_WORKING_DAYS));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => void evaluationStore.getState().loadTeams(), []);
  const total = dims.reduce((n, d) => n + (Number(d.weight) || 0), 0);
  const submit = async () => {
    const found: Partial<Record<Field, string>> = {};
    if (title.trim().length < 2) found.title = '请填写评议名称';
    if (targets.length + projects.length < 2) found.targets = '请至少选择两个评议对象（团队和项目合计）';
    if (panels.length === 0) found.panels = '请至少选择一个评议组';
    if (dims.some((d) => d.name.trim().length < 2)) found.dimensions = '请填写每个维度的名称（至少2个字）';
    else if (total !== 100) found.dimensions = `各维度权重之和须为 100（现为 ${total}）`;
    setErrors(found);
    if (revealFirstError(FIELDS, found)) return;
    setBusy(true);
    const input = {
      title: title.trim(),
      targets: [
        ...targets.map((id) => ({ kind: 'team' as const, id })),
        ...projects.map((p) => ({ kind: 'project' as const, id: p.id })),
      ],
      panels: panels as PanelKind[],
      dimensions: dims.map((d) => ({ name: d.name.trim(), weight: Number(d.weight) })),
      windowWorkingDays: Number(days),
    };
    const answer = await evaluationStore.getState().saveRound(input, round?.id ?? null);
    setBusy(false);
    if (answer.ok) return onDone();
    const [head, index] = answer.error.field?.split('.') ?? ['form'];
    // A refused target is a team's or a project's: the message goes next to the field it came from.
    const field = (head === 'targets' && Number(index) >= targets.length ? 'projects' : head) as Field;
    setErrors({ [FIELDS.includes(field as never) ? field : 'form']: answer.error.message });
  };
  return (
    <View className="eval-card" data-form="round">
      <FormField label="评议名称" isRequired field="title" error={errors.title}>
        <EvalInput name="title" value={title} maxlength={40} onChange={setTitle} />
      </FormField>
      <FormField label="评议对象（团队）" isRequired field="targets" error={errors.targets}>
        <Chips name="targets" options={teams.data ?? []} selected={targets} onChange={setTargets} />
      </FormField>
      <FormField
        label="评议对象（项目）"
        field="projects"
        error={errors.projects}
        hint="项目得分计入其服务专班所在团队；已终止的项目不可选"
      >
        <ProjectPicker picked={projects} onChange={setProjects} />
      </FormField>
      <FormField label="评议组" isRequired field="panels" error={errors.panels}>
        <Chips
          name="panels"
          options={PANEL_KINDS.map((p) => ({ id: p, label: PANEL_LABELS[p] }))}
          selected={panels}
          onChange={setPanels}
        />
      </FormField>
      <FormField label={`评议维度与权重（合计 ${total}/100）`} isRequired field="dimensions" error={errors.dimensions}>
        {dims.map((d, i) => (
          <View key={i} className="eval-row eval-row--line">
            <EvalInput
              name={`dimension-${i}`}
              size="grow"
              value={d.name}
              maxlength={20}
              onChange={(name) => setDims(dims.map((x, j) => (j === i ? { ...x, name } : x)))}
            />
            <EvalInput
              name={`weight-${i}`}
              size="weight"
              type="number"
              value={d.weight}
              onChange={(weight) => setDims(dims.map((x, j) => (j === i ? { ...x, weight } : x)))}
            />
            <Text className="eval-chip" onClick={() => setDims(dims.filter((_, j) => j !== i))}>
              删除
            </Text>
          </View>
        ))}
        <Text className="eval-chip" onClick={() => setDims([...dims, { name: '', weight: '0' }])}>
          增加维度
        </Text>
      </FormField>
      <FormField
        label="评议时长（工作日）"
        isRequired
        field="windowWorkingDays"
        error={errors.windowWorkingDays}
        hint="自开始起按工作日计算（+08:00），默认3个工作日；评议期间默认为开始时所在季度"
      >
        <EvalInput name="windowWorkingDays" type="number" value={days} onChange={setDays} />
      </FormField>
      {errors.form && <Text className="evaluation__error">{errors.form}</Text>}
      <Button className="eval-button" data-action="save-round" loading={busy} onClick={() => void submit()}>
        {round ? '保存修改' : '开启评议'}
      </Button>
    </View>
  );
}

/** The round's code as an image to scan on site: asked for when shown, kept nowhere. */
function RoundQr({ roundId }: { roundId: string }) {
  const [qr, setQr] = useState<RoundQrView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = async () => {
    const answer = await evaluationStore.getState().qrCode(roundId);
    if (answer.ok) setQr(answer.data);
    else setError(answer.error.message);
  };
  if (qr)
    return (
      <View className="eval-qr">
        <Image
          className="eval-qr__image"
          src={qr.image.dataUrl}
          mode="aspectFit"
          ariaLabel={`评议码 ${qr.code} 的二维码`}
        />
        <Text className="muted">{qr.image.kind === 'wxacode' ? '微信扫码进入评议' : '扫码打开评议页'}</Text>
      </View>
    );
  return (
    <View>
      <Button className="eval-button eval-button--plain" data-action="show-qr" onClick={() => void show()}>
        显示二维码
      </Button>
      {error && <Text className="evaluation__error">{error}</Text>}
    </View>
  );
}

/** One round: window, the code shown on site, how many have scored each target, and its results once published. */
function RoundCard({ round, onEdit }: { round: RoundProgressView; onEdit: () => void }) {
  return (
    <View className="eval-card" data-round={round.title}>
      <View className="eval-card__head">
        <Text className="eval-card__name">{round.title}</Text>
        <Text className="eval-card__tag">{round.status === 'published' ? '已公布' : '评议中'}</Text>
      </View>
      <Text className="evaluation__note">
        {round.periodFrom} 至 {round.periodTo} · 打分 {formatDateTimeZh(round.opensAt)} 至{' '}
        {formatDateTimeZh(round.closesAt)}
      </Text>
      <Text>企业评议码（现场公布，或请企业扫二维码）</Text>
      <Text className="eval-card__code" data-code={round.code}>
        {round.code}
      </Text>
      {round.status === 'open' && <RoundQr roundId={round.id} />}
      <Text>已收到 {round.submitted} 份评分</Text>
      {round.targets.map((t) => (
        <Text key={t.key} className="muted" data-progress={t.name}>
          {t.name}：{round.progress.find((p) => p.key === t.key)?.submitted ?? 0} 份
        </Text>
      ))}
      <View className="eval-row">
        {round.status === 'published' && (
          <Button
            className="eval-button eval-button--plain"
            onClick={() => void Taro.navigateTo({ url: `/subpackages/evaluation/pages/results/index?id=${round.id}` })}
          >
            查看结果
          </Button>
        )}
        {round.status === 'open' && round.submitted === 0 && (
          <Button className="eval-button eval-button--plain" data-action="edit-round" onClick={onEdit}>
            编辑
          </Button>
        )}
      </View>
    </View>
  );
}

/** 现场评议 (the office): open a round, follow its progress, see its results. */
export default function OfficePage() {
  const rounds = useStore(evaluationStore, (s) => s.rounds);
  const [editing, setEditing] = useState<RoundProgressView | 'new' | null>(null);
  useEffect(() => void evaluationStore.getState().loadRounds(), []);
  const done = () => {
    setEditing(null);
    void evaluationStore.getState().loadRounds();
  };
  return (
    <View className="page evaluation">
      <Text className="evaluation__note">
        内部工作区：招商服务办公室组织现场评议。窗口关闭后由系统自动公布结果、为末位团队开启整改并计入考核台账。
      </Text>
      <Button className="eval-button" data-action="new-round" onClick={() => setEditing(editing ? null : 'new')}>
        {editing ? '收起' : '开启新一轮评议'}
      </Button>
      {editing && <RoundForm round={editing === 'new' ? null : editing} onDone={done} />}
      {rounds.status === 'error' && <Text className="evaluation__error">{rounds.error?.message}</Text>}
      {rounds.status === 'ready' && rounds.data?.length === 0 && <Text className="muted">还没有评议</Text>}
      <View className="eval-grid">
        {rounds.data?.map((r) => (
          <RoundCard key={r.id} round={r} onEdit={() => setEditing(r)} />
        ))}
      </View>
    </View>
  );
}
