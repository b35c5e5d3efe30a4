import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { RoundToRate } from '@core/evaluation/evaluation-actions';
import { SCORE_MAX, SCORE_MIN } from '@core/evaluation/evaluation';
import { formatDateTimeZh } from '@core/kernel/calendar/local-time';
import { FormField } from '@/components/form-field';
import { revealFirstError } from '@/utils/reveal-first-error';
import { EvalInput } from '../../components/eval-input';
import { evaluationStore } from '../../evaluation-store';
import { scannedCodeFromParams } from '@/utils/scanned-code';
import '../../evaluation.scss';

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** One target's form: 1–5 per dimension, each problem under its dimension, the draft kept on the device. */
function TargetForm(props: { round: RoundToRate; target: RoundToRate['targets'][number]; code?: string }) {
  const { round, target } = props;
  const store = evaluationStore.getState();
  const [scores, setScores] = useState(target.mine ?? store.draftOf(round.roundId, target.key).scores);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(target.mine !== null);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldOf = (key: string) => `${target.key.replace(':', '-')}-${key}`;
  const pick = (key: string, score: number) => {
    if (done) return;
    setScores(store.setScore(round.roundId, target.key, key, score).scores);
    setErrors((e) => ({ ...e, [key]: '' }));
  };
  const submit = async () => {
    const missing = Object.fromEntries(
      round.dimensions.filter((d) => scores[d.key] === undefined).map((d) => [d.key, `请为“${d.name}”打分`]),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      revealFirstError(
        round.dimensions.map((d) => fieldOf(d.key)),
        Object.fromEntries(Object.keys(missing).map((k) => [fieldOf(k), missing[k]])),
      );
      return;
    }
    setBusy(true);
    const answer = await store.submit(round.roundId, target.key, props.code);
    setBusy(false);
    if (answer.ok) {
      setDone(true);
      setFormError(null);
    } else if (answer.error.field?.startsWith('scores.')) {
      setErrors({ [answer.error.field.slice(7)]: answer.error.message });
    } else setFormError(answer.error.message);
  };
  return (
    <View className="eval-card" data-target={target.name}>
      <View className="eval-card__head">
        <Text className="eval-card__name">{target.name}</Text>
        <Text className="eval-card__tag">{done ? '已提交' : '待评'}</Text>
      </View>
      {round.dimensions.map((d) => (
        <FormField
          key={d.key}
          label={`${d.name}（权重 ${d.weight}）`}
          isRequired
          field={fieldOf(d.key)}
          error={errors[d.key] || undefined}
        >
          <View className="eval-scale" data-dimension={d.name} {...{ role: 'radiogroup', 'aria-label': d.name }}>
            {SCALE.map((s) => (
              <Text
                key={s}
                className={`eval-chip ${scores[d.key] === s ? 'eval-chip--on' : ''}`}
                data-score={s}
                {...{ role: 'radio', 'aria-checked': scores[d.key] === s, 'aria-label': `${d.name} ${s}分` }}
                onClick={() => pick(d.key, s)}
              >
                {s}
              </Text>
            ))}
          </View>
        </FormField>
      ))}
      {formError && <Text className="evaluation__error">{formError}</Text>}
      {!done && (
        <Button className="eval-button" data-action="submit-score" loading={busy} onClick={() => void submit()}>
          提交评分
        </Button>
      )}
    </View>
  );
}

/** Enterprises: the code shown on site (or in the QR's path) opens the round. */
function CodeEntry({ onCode, error }: { onCode: (code: string) => void; error?: string }) {
  const [code, setCode] = useState('');
  return (
    <View className="eval-card">
      <FormField
        label="评议码"
        isRequired
        hint="请输入现场公布的8位评议码，或扫描现场二维码"
        error={error}
        field="code"
      >
        <EvalInput name="code" value={code} maxlength={10} onChange={setCode} />
      </FormField>
      <Button className="eval-button" data-action="enter-code" onClick={() => onCode(code.trim())}>
        进入评议
      </Button>
    </View>
  );
}

/** 现场评议打分: a rater's open rounds and the targets they may score (never their own team). */
export default function RatePage() {
  const router = useRouter();
  // The QR's link, the mini-program code's scene (= the code), or what the enterprise types.
  const [code, setCode] = useState<string | undefined>(scannedCodeFromParams(router.params) || undefined);
  const toRate = useStore(evaluationStore, (s) => s.toRate);
  useEffect(() => void evaluationStore.getState().loadToRate(code), [code]);
  const codeError = toRate.error?.field === 'code' ? toRate.error.message : undefined;
  return (
    <View className="page evaluation">
      <Text className="evaluation__note">
        每项1–5分（5分最好）。专员和领导不评本人所在或负责的团队；企业凭现场评议码参与，每家企业对每个对象只计一份。提交后不能修改。
      </Text>
      <CodeEntry onCode={setCode} error={codeError} />
      {toRate.status === 'loading' && <Text className="muted">加载中…</Text>}
      {toRate.status === 'error' && !codeError && <Text className="evaluation__error">{toRate.error?.message}</Text>}
      {toRate.status === 'ready' && toRate.data?.rounds.length === 0 && (
        <Text className="muted">目前没有您可参加的评议。企业代表请输入现场评议码。</Text>
      )}
      {toRate.data?.rounds.map((round) => (
        <View key={round.roundId} data-round={round.title}>
          <Text className="eval-card__name">{round.title}</Text>
          <Text className="evaluation__note">
            评议期间 {round.periodFrom} 至 {round.periodTo} · {formatDateTimeZh(round.closesAt)} 截止
          </Text>
          {round.targets.map((t) => (
            <TargetForm key={t.key} round={round} target={t} code={code} />
          ))}
        </View>
      ))}
    </View>
  );
}
