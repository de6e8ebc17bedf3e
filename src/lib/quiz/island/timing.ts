/** The quiz's two short moments, shared by the statement screen and the tests that check them. */

/** How long the chosen answer shows as selected before the next statement appears. */
export const ADVANCE_MS = 250;

/** Input within this long of a statement appearing was meant for the one before, and is ignored. */
export const SETTLE_MS = 200;
