/**
 * Can the program's side be guessed from the wording alone? A word-based classifier (naive
 * Bayes over word unigrams and bigrams) is trained on all statements but one and guesses the
 * sign of the one left out; it must not do clearly better than always guessing the larger
 * side. And no word or phrase that turns up in several statements may sit almost always on
 * one side. Plain TypeScript, no Svelte: the content tests and the content report use it.
 */

/** One text with the side the program takes on it (true: the program is for it). */
export interface Labelled {
	id: string;
	text: string;
	agrees: boolean;
}

/** The thresholds of the audit (see predictabilityFindings). */
export const predictabilityLimits = {
	/** One-sided binomial test: accuracy above the majority rate with p below this fails. */
	alpha: 0.05,
	/** A word or phrase in at least this many statements ... */
	phraseMinStatements: 4,
	/** ... fails when this share of them or more is on one side. */
	phraseMaxShare: 0.85
};

/** The word features of a text: lower-case words, and each pair of neighbouring words. */
export function featuresOf(text: string): Set<string> {
	const words = (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
		word.replace(/'s$/, '')
	);
	const features = new Set(words);
	for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
	return features;
}

/**
 * A naive Bayes classifier (Bernoulli-style: each feature present or not, add-one smoothing over
 * the features seen in training) trained on `train`; returns whether it guesses "agrees" for `text`.
 */
export function naiveBayesGuess(
	train: { features: Set<string>; agrees: boolean }[],
	text: Set<string>
): boolean {
	const counts = { true: new Map<string, number>(), false: new Map<string, number>() };
	const totals = { true: 0, false: 0 };
	for (const item of train) {
		const side = String(item.agrees) as 'true' | 'false';
		totals[side]++;
		for (const feature of item.features) {
			counts[side].set(feature, (counts[side].get(feature) ?? 0) + 1);
		}
	}
	const logScore = (side: 'true' | 'false') => {
		// Equal priors: the balance between the sides is checked by its own rule, and a prior would
		// only make the classifier guess the larger side, which the baseline already does.
		let score = 0;
		for (const feature of text) {
			if (!counts.true.has(feature) && !counts.false.has(feature)) continue;
			score += Math.log(((counts[side].get(feature) ?? 0) + 1) / (totals[side] + 2));
		}
		return score;
	};
	const yes = logScore('true');
	const no = logScore('false');
	// A tie (no known word) falls back to the larger side, like the baseline.
	return yes === no ? totals.true >= totals.false : yes > no;
}

/** P(X >= k) for X ~ Binomial(n, p). */
export function binomialTail(k: number, n: number, p: number): number {
	if (k <= 0) return 1;
	if (k > n) return 0;
	let total = 0;
	let logChoose = 0; // log C(n, 0)
	for (let i = 0; i <= n; i++) {
		if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
		if (i >= k) {
			const term =
				logChoose + (i === 0 ? 0 : i * Math.log(p)) + (n - i === 0 ? 0 : (n - i) * Math.log(1 - p));
			total += Math.exp(term);
		}
	}
	return Math.min(1, total);
}

/** What the leave-one-out classifier achieved. */
export interface LeaveOneOut {
	statements: number;
	correct: number;
	accuracy: number;
	/** The share of the larger side: what always guessing that side scores. */
	majorityRate: number;
	/** One-sided binomial p-value of doing at least this well by guessing at the majority rate. */
	pValue: number;
	/** Ids the classifier got right. */
	guessed: string[];
}

/** Trains on all statements but one, guesses the one left out, for each statement in turn. */
export function leaveOneOut(items: Labelled[]): LeaveOneOut {
	const featured = items.map((item) => ({ ...item, features: featuresOf(item.text) }));
	const guessed: string[] = [];
	featured.forEach((item, index) => {
		const train = featured.filter((_, i) => i !== index);
		if (naiveBayesGuess(train, item.features) === item.agrees) guessed.push(item.id);
	});
	const n = items.length;
	const agreeing = items.filter((item) => item.agrees).length;
	const majorityRate = n === 0 ? 0 : Math.max(agreeing, n - agreeing) / n;
	return {
		statements: n,
		correct: guessed.length,
		accuracy: n === 0 ? 0 : guessed.length / n,
		majorityRate,
		pValue: binomialTail(guessed.length, n, majorityRate),
		guessed
	};
}

/** A word or phrase that turns up in several statements, and how they split. */
export interface PhraseSplit {
	phrase: string;
	statements: number;
	agreeing: number;
	/** The share on the side it leans to (0.5-1). */
	share: number;
	/** Ids of the statements it occurs in. */
	ids: string[];
}

/** Every word and phrase in at least `min` statements, with how they split, most one-sided first. */
export function phraseSplits(
	items: Labelled[],
	min = predictabilityLimits.phraseMinStatements
): PhraseSplit[] {
	const where = new Map<string, Labelled[]>();
	for (const item of items) {
		for (const feature of featuresOf(item.text)) {
			const list = where.get(feature) ?? [];
			list.push(item);
			where.set(feature, list);
		}
	}
	return [...where]
		.filter(([, list]) => list.length >= min)
		.map(([phrase, list]) => {
			const agreeing = list.filter((item) => item.agrees).length;
			return {
				phrase,
				statements: list.length,
				agreeing,
				share: Math.max(agreeing, list.length - agreeing) / list.length,
				ids: list.map((item) => item.id)
			};
		})
		.sort(
			(a, b) => b.share - a.share || b.statements - a.statements || a.phrase.localeCompare(b.phrase)
		);
}
