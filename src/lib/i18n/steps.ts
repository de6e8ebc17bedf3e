/**
 * Half steps of the answer scale (0, 0.5 … 4: how far answers are from the program's on average,
 * see averageSteps() in quiz/result.ts) in a language's words. Swedish and lättläst say them alike.
 */

/** Words for 0, 0.5, 1 … 4 steps, in that order; `other` words anything else. */
const inWords =
	(names: readonly string[], other: (steps: number) => string) =>
	(steps: number): string =>
		names[Math.round(steps * 2)] ?? other(steps);

/** 0.5 → 'ett halvt steg'. */
export const svSteps = inWords(
	[
		'inget steg',
		'ett halvt steg',
		'ett steg',
		'ett och ett halvt steg',
		'två steg',
		'två och ett halvt steg',
		'tre steg',
		'tre och ett halvt steg',
		'fyra steg'
	],
	(steps) => `${steps} steg`
);

/** 0.5 → 'half a step'. */
export const enSteps = inWords(
	[
		'no steps',
		'half a step',
		'one step',
		'one and a half steps',
		'two steps',
		'two and a half steps',
		'three steps',
		'three and a half steps',
		'four steps'
	],
	(steps) => `${steps} steps`
);
