import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	axisAngle,
	chartValue,
	chartValues,
	gapAxes,
	labelAlign,
	labelBox,
	labelsFit,
	layoutRadar,
	legendEntries,
	fitRadius,
	pointOnAxis,
	polygonRuns,
	radarPoints,
	separateLabels,
	wrapLabel,
	type Series
} from './geometry';

describe('wrapLabel', () => {
	it('keeps a short label on one line', () => {
		expect(wrapLabel('Kultur')).toEqual(['Kultur']);
	});

	it('keeps a parenthesised count together on its own line', () => {
		expect(wrapLabel('Kollektivtrafik (3 av 4)')).toEqual(['Kollektivtrafik', '(3 av 4)']);
		expect(wrapLabel('Demokrati och jämlikhet (3 av 4)')).toEqual([
			'Demokrati och',
			'jämlikhet',
			'(3 av 4)'
		]);
		expect(wrapLabel('Kultur (ej besvarat)')).toEqual(['Kultur', '(ej besvarat)']);
	});

	it('puts short words together up to the limit', () => {
		expect(wrapLabel('Miljö och klimat', 14)).toEqual(['Miljö och', 'klimat']);
		expect(wrapLabel('a b c d e f', 3)).toEqual(['a b', 'c d', 'e f']);
	});

	it('never breaks a long word and never returns no line', () => {
		expect(wrapLabel('Arbetsmarknadspolitik')).toEqual(['Arbetsmarknadspolitik']);
		expect(wrapLabel('   ')).toEqual(['']);
	});

	it('loses no words and keeps lines within the limit unless one token is longer', () => {
		const word = fc.stringMatching(/^[a-zåäö]{1,20}$/);
		fc.assert(
			fc.property(
				fc.array(word, { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 4, max: 30 }),
				(words, max) => {
					const lines = wrapLabel(words.join(' '), max);
					expect(lines.join(' ')).toBe(words.join(' '));
					for (const line of lines) {
						if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(max);
					}
				}
			)
		);
	});
});

describe('values', () => {
	it('clamps to 0..100 and turns missing or non-numbers into null', () => {
		expect(chartValue(50)).toBe(50);
		expect(chartValue(-3)).toBe(0);
		expect(chartValue(140)).toBe(100);
		expect(chartValue(null)).toBeNull();
		expect(chartValue(undefined)).toBeNull();
		expect(chartValue(Number.NaN)).toBeNull();
	});

	it('fits the values to the number of axes', () => {
		expect(chartValues([10, null], 3)).toEqual([10, null, null]);
		expect(chartValues([10, 20, 30], 2)).toEqual([10, 20]);
	});

	it('marks an axis as a gap only when no series has a value there', () => {
		const series: Series[] = [
			{ label: 'Före', values: [10, null, null], style: 'secondary' },
			{ label: 'Efter', values: [20, 30, null] }
		];
		expect(gapAxes(series, 3)).toEqual([false, false, true]);
	});
});

describe('radar geometry', () => {
	const center = { x: 100, y: 100 };
	const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

	it('starts at the top and goes clockwise', () => {
		expect(axisAngle(0, 4)).toBe(0);
		expect(axisAngle(1, 4)).toBeCloseTo(Math.PI / 2);
		const right = pointOnAxis(axisAngle(1, 4), center, 10);
		expect(close(right.x, 110) && close(right.y, 100)).toBe(true);
		const top = pointOnAxis(0, center, 10);
		expect(close(top.x, 100) && close(top.y, 90)).toBe(true);
	});

	it('places values on their axes and leaves nulls out instead of at 0', () => {
		const points = radarPoints([100, null, 50, 0], center, 80);
		expect(points[0]?.y).toBeCloseTo(20);
		expect(points[1]).toBeNull();
		expect(points[2]?.y).toBeCloseTo(140);
		expect(points[3]?.x).toBeCloseTo(100);
	});

	it('splits the polygon at gaps, joining the run that passes the last axis', () => {
		expect(polygonRuns([1, 2, 3])).toEqual({ closed: true, runs: [[1, 2, 3]] });
		expect(polygonRuns([1, null, 3, 4])).toEqual({ closed: false, runs: [[3, 4, 1]] });
		expect(polygonRuns([1, 2, null, 4, null, 6])).toEqual({
			closed: false,
			runs: [[4], [6, 1, 2]]
		});
		expect(polygonRuns([null, null])).toEqual({ closed: false, runs: [] });
		expect(polygonRuns([])).toEqual({ closed: false, runs: [] });
	});

	it('never loses or repeats a vertex when splitting', () => {
		fc.assert(
			fc.property(fc.array(fc.option(fc.integer(), { nil: null }), { maxLength: 12 }), (vs) => {
				const { runs } = polygonRuns(vs);
				expect(runs.flat().sort()).toEqual(vs.filter((v) => v !== null).sort());
				expect(runs.every((run) => run.length > 0)).toBe(true);
			})
		);
	});

	it('aligns labels away from the radar and keeps side labels level with their axis', () => {
		expect(labelAlign(0)).toBe('center');
		expect(labelAlign(Math.PI)).toBe('center');
		expect(labelAlign(Math.PI / 2)).toBe('left');
		expect(labelAlign((3 * Math.PI) / 2)).toBe('right');
		const size = { width: 40, height: 20 };
		expect(labelBox(0, size, center, 50)).toEqual({
			left: 80,
			top: 30,
			right: 120,
			bottom: 50,
			align: 'center'
		});
		const side = labelBox(Math.PI / 2, size, center, 50);
		expect(side.left).toBeCloseTo(150);
		expect(side.top).toBeCloseTo(90);
		const bottom = labelBox(Math.PI, size, center, 50);
		expect(bottom.top).toBeCloseTo(150);
	});

	it('fits the radius so that wide side labels stay inside', () => {
		const bounds = { left: 0, top: 0, right: 300, bottom: 340 };
		const sizes = Array.from({ length: 4 }, () => ({ width: 90, height: 30 }));
		const radius = fitRadius(sizes, bounds, 6);
		// The side labels need 90 + 6 px beyond the radius within half the width (150).
		expect(radius).toBeCloseTo(150 - 90 - 6);
		const layout = layoutRadar(sizes, bounds, { gap: 6, spacing: 2 });
		expect(labelsFit(layout.labels, bounds)).toBe(true);
	});

	it('lays out nine long labels on a phone without overlap or cut-off', () => {
		const bounds = { left: 2, top: 2, right: 286, bottom: 338 };
		const sizes = Array.from({ length: 9 }, (_, i) => ({
			width: 70 + (i % 3) * 12,
			height: i % 2 === 0 ? 43 : 29
		}));
		const layout = layoutRadar(sizes, bounds, { gap: 7, spacing: 3 });
		expect(layout.radius).toBeGreaterThan(35);
		expect(labelsFit(layout.labels, bounds)).toBe(true);
	});

	it('separates overlapping side labels', () => {
		const bounds = { left: 0, top: 0, right: 200, bottom: 200 };
		const a = { left: 120, top: 50, right: 180, bottom: 80, align: 'left' as const };
		const b = { left: 130, top: 70, right: 190, bottom: 100, align: 'left' as const };
		const [first, second] = separateLabels([a, b], { x: 100, y: 100 }, bounds, 2);
		expect(first).toEqual(a);
		expect(second?.top).toBe(82);
	});
});

describe('wrapLabel with a percentage', () => {
	it('puts the percentage on a line of its own, never splitting it from its sign', () => {
		expect(wrapLabel('Kollektivtrafik 75 % (3 av 4)')).toEqual([
			'Kollektivtrafik',
			'75 % (3 av 4)'
		]);
		expect(wrapLabel('Kultur för alla 100 % (4 av 4)')).toEqual([
			'Kultur för',
			'alla',
			'100 % (4 av 4)'
		]);
		expect(wrapLabel('Culture 8% (1 of 4)')).toEqual(['Culture', '8% (1 of 4)']);
	});
});

describe('legendEntries', () => {
	it('merges the band into one entry and keeps keys unique', () => {
		expect(
			legendEntries([
				{ label: 'Nedre kvartil', values: [], style: 'band' },
				{ label: 'Övre kvartil', values: [], style: 'band' },
				{ label: 'Median', values: [] },
				{ label: 'Median', values: [] }
			])
		).toEqual([
			{ key: 'main:Median', label: 'Median', style: 'main' },
			{ key: 'main:Median#1', label: 'Median', style: 'main' },
			{
				key: 'band:Nedre kvartil – Övre kvartil',
				label: 'Nedre kvartil – Övre kvartil',
				style: 'band'
			}
		]);
	});
});
