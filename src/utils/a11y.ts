/**
 * For a tappable Text (Taro's TextProps has no role): spread it to make the text a button for
 * screen readers and, in H5, for the keyboard (utils/h5-frame gives every role=button a tab stop).
 */
export const TEXT_BUTTON: object = { role: 'button' };

/**
 * Names a text box after its form row's label, for screen readers. In H5 Taro draws the real
 * input inside its own element and hands it only `nativeProps`, so the name goes there; the row's
 * visible label is a Text beside it, which the browser cannot tie to the input.
 */
export const namedBox = (label: string) => ({ nativeProps: { 'aria-label': label } });

/** A table's parts for screen readers, spread on Views and Texts (a role=row holds only these). */
export const COLUMN_HEADER: object = { role: 'columnheader' };
export const TABLE_CELL: object = { role: 'cell' };
