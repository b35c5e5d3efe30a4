import Taro from '@tarojs/taro';

/** The element id a form gives the row of `field`, so a failed submit can bring it into view. */
export const fieldAnchorId = (field: string): string => `field-${field}`;

/** The first field, in the order the form shows them, that has an error; null when none has. */
export const firstErrorField = <F extends string>(
  order: readonly F[],
  errors: Partial<Record<F, string | undefined>>,
): F | null => order.find((f) => Boolean(errors[f])) ?? null;

const focusInH5 = (id: string) => {
  // The newest page is last in the document: Taro's H5 router keeps the pages under it.
  const anchors = document.querySelectorAll<HTMLElement>(`#${id}`);
  const anchor = anchors[anchors.length - 1];
  if (!anchor) return;
  anchor.scrollIntoView?.({ block: 'center' }); // absent in jsdom
  const target = anchor.querySelector<HTMLElement>('input, textarea, [tabindex]') ?? anchor;
  if (target === anchor && !anchor.hasAttribute('tabindex')) anchor.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
};

/**
 * After a failed submit: scroll to the first field with an error and focus it (DESIGN §4: forms
 * scroll to their first error), instead of leaving the person with a toast and an error out of sight.
 */
export const revealFirstError = <F extends string>(
  order: readonly F[],
  errors: Partial<Record<F, string | undefined>>,
): F | null => {
  const field = firstErrorField(order, errors);
  if (!field) return null;
  const id = fieldAnchorId(field);
  if (process.env.TARO_ENV === 'h5') {
    // After React has drawn the error texts that move the layout.
    setTimeout(() => focusInH5(id), 0);
  } else {
    void Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -80, duration: 200 });
  }
  return field;
};
