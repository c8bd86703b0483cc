/**
 * jsdom does no layout, so `offsetParent` is always null and <body> has no
 * size; Fluent's focus manager (tabster) then takes every element for hidden
 * and lets Tab fall through to <body>. This gives elements the offsetParent
 * a browser would (null inside display:none, otherwise the parent element)
 * and <body> the size of a 320 px task pane. Only for tests that walk the
 * page with the Tab key.
 */
function displayed(element: HTMLElement | null): boolean {
  if (element === null) return true;
  if (element.hidden || getComputedStyle(element).display === 'none') return false;
  return displayed(element.parentElement);
}

export function shimLayout(): () => void {
  const bodyRect = jest.spyOn(document.body, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 320, height: 800 }));
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return displayed(this) ? this.parentElement : null;
    },
  });
  return () => {
    bodyRect.mockRestore();
    if (original) Object.defineProperty(HTMLElement.prototype, 'offsetParent', original);
  };
}
