import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cardSize,
	contentBox,
	cssFont,
	fitFont,
	minFontSize,
	planCard,
	storySafeZone,
	wrapText,
	type CardInput,
	type CardOp,
	type MeasureText
} from './card';

/** A stand-in for canvas text measuring: every character is 0.55 em wide. */
const measure: MeasureText = (text, font) => {
	const size = Number(/(\d+)px/.exec(font)?.[1] ?? 10);
	return text.length * size * 0.55;
};

const input: CardInput = {
	size: 'square',
	lead: 'Jag håller med Vänsterpartiet Västernorrlands program till',
	overall: '72 %',
	programTitle: '”Ett jämlikt Västernorrland för alla”',
	topics: [
		{ name: 'Demokrati och jämlikhet', percent: 72 },
		{ name: 'Miljö och klimat', percent: 55 },
		{ name: 'Kollektivtrafik', percent: null },
		{ name: 'Infrastruktur', percent: 88 },
		{ name: 'Kultur', percent: 40 },
		{ name: 'Folkbildning', percent: 100 },
		{ name: 'Utbildning och kompetens', percent: 63 },
		{ name: 'Landsbygd', percent: 0 },
		{ name: 'Företagande', percent: 50 }
	],
	notAnsweredLabel: 'ej besvarat',
	invite: 'Hur mycket håller du med?',
	cta: 'Gör testet på',
	siteAddress: 'valkompass.example',
	disclaimer: 'Jämför med ett partis program – inte en neutral valkompass',
	percent: (n) => `${n} %`
};

type TextOp = Extract<CardOp, { kind: 'text' }>;

function texts(ops: CardOp[]): TextOp[] {
	return ops.filter((op): op is TextOp => op.kind === 'text');
}

/** The box a line of text covers (glyphs take about one em from the middle line). */
function textBox(op: TextOp) {
	const left =
		op.align === 'left' ? op.x : op.align === 'right' ? op.x - op.width : op.x - op.width / 2;
	return {
		left,
		right: left + op.width,
		top: op.y - op.font.size / 2,
		bottom: op.y + op.font.size / 2
	};
}

/** Every way the card's text breaks the layout rules: too small, outside the card, overlapping. */
function layoutProblems(card: CardInput): string[] {
	// Key content stays inside the content box: on a story, out of the apps' bars.
	const area = contentBox(card.size);
	const boxes = texts(planCard(card, measure)).map((op) => ({ op, box: textBox(op) }));
	const problems: string[] = [];
	for (const { op, box } of boxes) {
		if (op.font.size < minFontSize) problems.push(`"${op.text}" is ${op.font.size}px`);
		if (
			box.left < area.left - 48 ||
			box.right > area.right + 48 ||
			box.top < area.top - 1 ||
			box.bottom > area.bottom + 1
		) {
			problems.push(`"${op.text}" is outside the content area`);
		}
	}
	boxes.forEach((a, i) => {
		for (const b of boxes.slice(i + 1)) {
			const apart =
				a.box.right <= b.box.left ||
				b.box.right <= a.box.left ||
				a.box.bottom <= b.box.top ||
				b.box.bottom <= a.box.top;
			if (!apart) problems.push(`"${a.op.text}" overlaps "${b.op.text}"`);
		}
	});
	return problems;
}

// One assertion per card, so that a property run (and fast-check's shrinking) stays quick.
function checkLayout(card: CardInput) {
	expect(layoutProblems(card)).toEqual([]);
}

describe('cardSize and formatting', () => {
	it('has the two formats', () => {
		expect(cardSize('square')).toEqual({ width: 1080, height: 1080 });
		expect(cardSize('story')).toEqual({ width: 1080, height: 1920 });
	});

	it("writes each topic's percentage the way the language's dictionary does", () => {
		const shown = (percent: (n: number) => string) =>
			texts(planCard({ ...input, percent }, measure)).map((op) => op.text);
		expect(shown((n) => `${n} %`)).toContain('88 %');
		expect(shown((n) => `${n}%`)).toContain('88%');
	});

	it('builds CSS fonts from system fonts only', () => {
		expect(cssFont({ size: 30, weight: 400, italic: true })).toBe(
			'italic 400 30px system-ui, sans-serif'
		);
	});

	it('shrinks a font until the text fits, but not below the minimum', () => {
		const font = { size: 112, weight: 800 } as const;
		expect(fitFont(measure, 'Totalt 72 %', font, 936, 48).size).toBe(112);
		const long = fitFont(measure, 'x'.repeat(20), font, 936, 48);
		expect(long.size).toBeLessThan(112);
		expect(measure('x'.repeat(20), cssFont(long))).toBeLessThanOrEqual(936);
		expect(fitFont(measure, 'x'.repeat(400), font, 936, 48).size).toBe(48);
	});
});

describe('wrapText', () => {
	const chars = (text: string) => text.length;

	it('wraps at spaces', () => {
		expect(wrapText(chars, 'Miljö och klimat', 10)).toEqual(['Miljö och', 'klimat']);
		expect(wrapText(chars, 'Kultur', 10)).toEqual(['Kultur']);
		expect(wrapText(chars, '  ', 10)).toEqual([]);
	});

	it('breaks a word that is too wide on its own', () => {
		expect(wrapText(chars, 'Kollektivtrafik', 6)).toEqual(['Kollek', 'tivtra', 'fik']);
	});

	it('ends a shortened text with an ellipsis', () => {
		expect(wrapText(chars, 'ett två tre fyra fem', 8, 2)).toEqual(['ett två', 'tre…']);
	});

	it('keeps every line within the width and loses no text when not shortened', () => {
		const word = fc.stringMatching(/^[a-zåäö]{1,25}$/);
		fc.assert(
			fc.property(
				fc.array(word, { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 2, max: 30 }),
				(words, max) => {
					const lines = wrapText(chars, words.join(' '), max);
					for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
					expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
				}
			)
		);
	});
});

describe('planCard', () => {
	it('fits all text inside the square card, readable and without overlap', () => {
		checkLayout(input);
	});

	it('keeps the story’s text out of the bands the apps’ bars cover', () => {
		checkLayout({ ...input, size: 'story' });
		const { height } = cardSize('story');
		for (const op of texts(planCard({ ...input, size: 'story' }, measure))) {
			expect(op.y - op.font.size / 2, op.text).toBeGreaterThanOrEqual(storySafeZone.top);
			expect(op.y + op.font.size / 2, op.text).toBeLessThanOrEqual(height - storySafeZone.bottom);
		}
	});

	it('shows everything the reader needs', () => {
		const shown = texts(planCard(input, measure))
			.map((op) => op.text)
			.join(' ');
		for (const part of [
			'72 %',
			'Vänsterpartiet',
			'Västernorrlands program',
			'Hur mycket håller du med?',
			'Gör testet på valkompass.example',
			'Kollektivtrafik',
			'ej besvarat',
			'100 %'
		]) {
			expect(shown).toContain(part);
		}
		expect(shown).toContain('inte en neutral');
	});

	it('leaves a gap for a topic without answers instead of a point at 0', () => {
		const ops = planCard(input, measure);
		const dots = ops.filter((op) => op.kind === 'dot');
		expect(dots).toHaveLength(8);
		const lines = ops.filter((op) => op.kind === 'path' && op.width === 6);
		// The missing third topic splits the polygon into one open line through the other eight.
		expect(lines).toHaveLength(1);
		expect(lines[0]?.kind === 'path' && lines[0].closed).toBe(false);
		expect(lines[0]?.kind === 'path' && lines[0].points).toHaveLength(8);
	});

	it('draws a closed polygon when every topic has answers', () => {
		const all = { ...input, topics: input.topics.map((t) => ({ ...t, percent: t.percent ?? 30 })) };
		const lines = planCard(all, measure).filter((op) => op.kind === 'path' && op.width === 6);
		expect(lines).toHaveLength(1);
		expect(lines[0]?.kind === 'path' && lines[0].closed).toBe(true);
	});

	it('fits any reasonable content in both formats', () => {
		const words = fc.array(fc.stringMatching(/^[A-Za-zåäöÅÄÖ]{2,12}$/), {
			minLength: 1,
			maxLength: 3
		});
		const topic = fc.record({
			name: words.map((w) => w.join(' ')),
			percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })
		});
		fc.assert(
			fc.property(
				fc.array(topic, { minLength: 3, maxLength: 12 }),
				fc.constantFrom('square' as const, 'story' as const),
				fc.constantFrom<(n: number) => string>(
					(n) => `${n} %`,
					(n) => `${n}%`
				),
				(topics, size, percent) => checkLayout({ ...input, topics, size, percent })
			),
			// CARD_RUNS=3000 npx vitest run src/lib/share/card.test.ts searches deeper.
			{ numRuns: Number(process.env.CARD_RUNS ?? 60) }
		);
	});
});
