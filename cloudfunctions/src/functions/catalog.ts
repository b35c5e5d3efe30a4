import { createFunctionMain } from '../function-main';

/** Cloud function `catalog`: the public park / industry / article catalogue. */
export const main = createFunctionMain('catalog');
