/**
 * Can the program's side be guessed from the wording alone? Two word-based classifiers (naive
 * Bayes and logistic regression over word unigrams and bigrams) are each trained on all
 * statements but one and guess the sign of the one left out; it must not do clearly better than always guessing the larger
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

/** A classifier: trained on some labelled feature sets, it guesses whether a text "agrees". */
export type Classifier = (
	train: { features: Set<string>; agrees: boolean }[],
	text: Set<string>
) => boolean;

/**
 * Naive Bayes over the words a text has (add-one smoothing; words not seen in training are
 * ignored). Equal priors: the balance between the sides is checked by its own rule, and a prior
 * would only push the guess toward the larger side, which the baseline already does.
 */
export const naiveBayes: Classifier = (train, text) => {
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
		let score = 0;
		for (const feature of text) {
			if (!counts.true.has(feature) && !counts.false.has(feature)) continue;
			score += Math.log(((counts[side].get(feature) ?? 0) + 1) / (totals[side] + 2));
		}
		return score;
	};
	const yes = logScore('true');
	const no = logScore('false');
	return yes === no ? totals.true >= totals.false : yes > no;
};

/**
 * Logistic regression over present/absent features, with L2 regularisation and the two sides
 * weighted equally, fitted by plain gradient descent (the data are a few dozen short texts).
 */
export const logisticRegression: Classifier = (train, text) => {
	const index = new Map<string, number>();
	for (const item of train)
		for (const f of item.features) if (!index.has(f)) index.set(f, index.size);
	const rows = train.map((item) => [...item.features].map((f) => index.get(f)!));
	const y = train.map((item) => (item.agrees ? 1 : 0));
	const positives = y.reduce<number>((sum, v) => sum + v, 0);
	const weightOf = (v: number) =>
		train.length / (2 * Math.max(1, v === 1 ? positives : train.length - positives));
	const w = new Float64Array(index.size);
	let bias = 0;
	const rate = 0.5;
	const lambda = 0.01;
	for (let step = 0; step < 300; step++) {
		const grad = new Float64Array(index.size);
		let gradBias = 0;
		rows.forEach((row, i) => {
			let z = bias;
			for (const j of row) z += w[j]!;
			const error = (1 / (1 + Math.exp(-z)) - y[i]!) * weightOf(y[i]!);
			gradBias += error;
			for (const j of row) grad[j]! += error;
		});
		for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / train.length + lambda * w[j]!);
		bias -= (rate * gradBias) / train.length;
	}
	let z = bias;
	for (const f of text) {
		const j = index.get(f);
		if (j !== undefined) z += w[j]!;
	}
	return z > 0;
};

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
export function leaveOneOut(items: Labelled[], classifier: Classifier): LeaveOneOut {
	const featured = items.map((item) => ({ ...item, features: featuresOf(item.text) }));
	const guessed: string[] = [];
	featured.forEach((item, index) => {
		const train = featured.filter((_, i) => i !== index);
		if (classifier(train, item.features) === item.agrees) guessed.push(item.id);
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
