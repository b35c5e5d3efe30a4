import { CATALOG_ACTIONS, CATALOG_HANDLERS } from '@core/app/handlers/by-function/catalog';
import { createFunctionMain } from '../function-main';

/** Cloud function `catalog`: the public park / industry / article catalogue. */
export const main = createFunctionMain('catalog', CATALOG_ACTIONS, CATALOG_HANDLERS);
