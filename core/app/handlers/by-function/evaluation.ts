import * as rating from '@core/evaluation/handlers/rating-handlers';
import * as results from '@core/evaluation/handlers/results-handlers';
import * as rounds from '@core/evaluation/handlers/round-handlers';
import { evaluationActions } from '@core/evaluation/evaluation-actions';
import { actionsOf } from '../../contract/function-actions';
import type { FunctionHandlers } from '../handler-map';

/** The `evaluation` cloud function's handlers (现场评议), and only those. */
export const EVALUATION_HANDLERS: FunctionHandlers<'evaluation'> = {
  'evaluation.open': rounds.open,
  'evaluation.edit': rounds.edit,
  'evaluation.rounds': rounds.rounds,
  'evaluation.round': rounds.round,
  'evaluation.qrcode': rounds.qrCode,
  'evaluation.projects': rounds.projects,
  'evaluation.toRate': rating.toRate,
  'evaluation.submit': rating.submit,
  'evaluation.results': results.results,
};

/** The `evaluation` cloud function's action definitions (what dispatch validates and authorises by). */
export const EVALUATION_ACTIONS = actionsOf('evaluation', evaluationActions);
