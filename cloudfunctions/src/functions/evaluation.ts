import { EVALUATION_ACTIONS, EVALUATION_HANDLERS } from '@core/app/handlers/by-function/evaluation';
import { createFunctionMain } from '../function-main';

/** Cloud function `evaluation`: 现场评议 — rounds, scoring on site, published results. */
export const main = createFunctionMain('evaluation', EVALUATION_ACTIONS, EVALUATION_HANDLERS);
