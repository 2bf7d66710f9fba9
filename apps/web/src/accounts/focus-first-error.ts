/**
 * After a failed submit, moves the keyboard to the first field in error once its message is on
 * the page (an API answer re-renders a little later than the submit), so a keyboard or
 * screen-reader user lands on what to fix.
 */
export function focusFirstError(form: HTMLFormElement | null, framesLeft = 10): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (framesLeft > 0) focusFirstError(form, framesLeft - 1);
  });
}
