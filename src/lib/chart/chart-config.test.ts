import { describe, expect, it } from 'vitest';
import {
	animationMs,
	fallbackPalette,
	RadarDecorations,
	radarDatasets,
	radarOptions,
	readPalette
} from './chart-config';

describe('readPalette', () => {
	it('reads CSS variables and falls back per colour', () => {
		const vars: Record<string, string> = { '--chart-line': ' #8cc4e6', '--text': '#fff' };
		const palette = readPalette((name) => vars[name] ?? '', '');
		expect(palette.line).toBe('#8cc4e6');
		expect(palette.text).toBe('#fff');
		expect(palette.grid).toBe(fallbackPalette.grid);
		expect(palette.font).toBe(fallbackPalette.font);
	});
});

describe('radarDatasets', () => {
	it('draws one result as a filled line that breaks at nulls', () => {
		const { datasets, fills } = radarDatasets(
			[{ label: 'Du', values: [80, null, 40] }],
			3,
			fallbackPalette
		);
		expect(datasets).toHaveLength(1);
		expect(datasets[0]?.data).toEqual([80, null, 40]);
		expect(datasets[0]?.spanGaps).toBe(false);
		expect(datasets[0]?.fill).toBe(false);
		expect(fills).toEqual([{ kind: 'area', dataset: 0, color: fallbackPalette.fill }]);
	});

	it('puts the median on top and fills the band between its two edges', () => {
		const { datasets, fills } = radarDatasets(
			[
				{ label: 'Nedre kvartil', values: [20, 30], style: 'band' },
				{ label: 'Övre kvartil', values: [60, 70], style: 'band' },
				{ label: 'Median', values: [40, 50], style: 'main' }
			],
			2,
			fallbackPalette
		);
		expect(datasets.map((d) => d.label)).toEqual(['Median', 'Nedre kvartil', 'Övre kvartil']);
		expect(datasets[1]?.pointRadius).toBe(0);
		expect(fills).toEqual([{ kind: 'between', low: 1, high: 2, color: fallbackPalette.fill }]);
	});

	it('draws a secondary series dashed and unfilled', () => {
		const { datasets, fills } = radarDatasets(
			[
				{ label: 'Före', values: [20], style: 'secondary' },
				{ label: 'Efter', values: [60], style: 'main' }
			],
			1,
			fallbackPalette
		);
		expect(datasets.map((d) => d.label)).toEqual(['Efter', 'Före']);
		expect(datasets[1]?.borderDash).toEqual([6, 5]);
		expect(fills).toEqual([{ kind: 'area', dataset: 0, color: fallbackPalette.fill }]);
	});
});

describe('radarOptions', () => {
	it('leaves pointer events alone (no tooltip: the values are in the table beside the chart)', () => {
		const options = radarOptions(fallbackPalette, false, new RadarDecorations());
		expect(options.events).toEqual([]);
		expect(options.plugins?.tooltip).toBeUndefined();
	});

	it('animates changes for animationMs, and not at all under reduced motion', () => {
		const decorations = new RadarDecorations();
		expect(radarOptions(fallbackPalette, false, decorations).animation).toEqual({
			duration: animationMs
		});
		expect(animationMs).toBeGreaterThan(0);
		expect(radarOptions(fallbackPalette, true, decorations).animation).toBe(false);
	});

	it('hides the ring values when asked, so that none sits on the data line', () => {
		const decorations = new RadarDecorations();
		const ticks = (on: boolean) => {
			const options = radarOptions(fallbackPalette, false, decorations, on);
			return (options.scales?.['r'] as { ticks?: { display?: boolean } }).ticks?.display;
		};
		expect(ticks(true)).toBe(true);
		expect(decorations.ringLabels).toBe(true);
		expect(ticks(false)).toBe(false);
		expect(decorations.ringLabels).toBe(false);
	});
});
