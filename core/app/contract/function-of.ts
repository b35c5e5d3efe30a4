/**
 * The cloud function that hosts an action: the part before the first dot. On its own so the
 * client's transport does not pull the whole contract (every schema) into the main package.
 */
export const functionOf = (action: string): string => action.slice(0, action.indexOf('.'));
