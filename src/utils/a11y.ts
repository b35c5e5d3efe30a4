/**
 * For a tappable Text (Taro's TextProps has no role): spread it to make the text a button for
 * screen readers and, in H5, for the keyboard (utils/h5-frame gives every role=button a tab stop).
 */
export const TEXT_BUTTON: object = { role: 'button' };
