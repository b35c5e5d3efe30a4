import type { EvaluationRound } from '@core/evaluation';
import type { StoredDoc } from '@core/kernel/store/doc-store';
import { dataOf } from '@tests/support/dispatch-kit';
import { allScores, validRound } from '@tests/support/evaluation-fixture';
import { seededStaff } from '@tests/support/ticket-fixture';
import { useTestStack } from '@tests/support/use-test-stack';
import { evaluationScoreCount } from './0007-evaluation-score-count';

const kit = useTestStack();

describe('0007-evaluation-score-count', () => {
  it('gives a round opened before the counter the number of its scores; a round that has one keeps it', async () => {
    const { stack, send } = kit;
    const round = dataOf(await send('admin', 'evaluation.open', validRound()));
    for (const targetKey of ['team:svc-duty', 'team:reception-jingde-smart'])
      dataOf(
        await send(seededStaff('u-staff-chen'), 'evaluation.submit', {
          roundId: round.id,
          targetKey,
          scores: allScores(4),
        }),
      );
    const { scoreCount: _count, ...before } = (await stack.store.get('evaluation_rounds', round.id)) as EvaluationRound;
    const withCount = { ...before, scoreCount: 2 } as StoredDoc;
    const ctx = { store: stack.store, now: 0, time: undefined as never };
    expect(await evaluationScoreCount.upgrade(before, ctx)).toEqual({ scoreCount: 2 });
    expect(await evaluationScoreCount.upgrade(withCount, ctx)).toEqual({ scoreCount: 2 });
  });
});
