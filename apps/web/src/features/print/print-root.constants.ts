/**
 * How a printed form keeps the rest of the app off the paper.
 *
 * The element that holds the printable sheet carries PRINT_ROOT_CLASS. print.css then, under `@media print`, hides
 * every element that neither is, contains nor sits inside that root (`:has()`), and strips the margins, paddings,
 * widths and backgrounds of its ancestors (the app shell's layout), so only the sheet reaches the paper. The app
 * shell needs no change for this; anything that must stay on screen only, inside the root too (toolbars, the
 * fill-in form), carries PRINT_HIDE_CLASS.
 */
export const PRINT_ROOT_CLASS = 'banfa-print-root';

/** Shown on screen, never printed (toolbars, help, the editable form next to the sheet). */
export const PRINT_HIDE_CLASS = 'banfa-print-hide';
