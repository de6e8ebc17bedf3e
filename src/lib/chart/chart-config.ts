/**
 * The chart.js datasets, options and a small plugin, for draw.ts. Only chart.js's types are
 * imported, so this is unit-tested in Node; draw.ts, which RadarChart.svelte loads after the page
 * has painted, brings it with chart.js.
 */
import type { Chart, ChartDataset, ChartOptions, Plugin } from 'chart.js';
import {
	boxCenter,
	chartValues,
	inDrawingOrder,
	labelsAt,
	layoutRadar,
	polygonRuns,
	tracePath,
	type Box,
	type Point,
	type Series,
	type Size
} from './geometry';
// ---------------------------------------------------------------------------------------------
// chart.js configuration

/** The colours and font the chart is drawn with, read from the page's CSS at render time. */
export interface ChartPalette {
	line: string;
	fill: string;
	grid: string;
	text: string;
	muted: string;
	surface: string;
	font: string;
}

/** The palette used where a CSS variable is missing (the light scheme of app.css). */
export const fallbackPalette: ChartPalette = {
	line: '#1d4f6e',
	fill: 'rgba(29, 79, 110, 0.22)',
	grid: '#b9c2c9',
	text: '#1c2329',
	muted: '#4d5963',
	surface: '#ffffff',
	font: 'system-ui, sans-serif'
};

/** Reads the palette through `read` (a CSS custom property getter), falling back per colour. */
export function readPalette(read: (name: string) => string, font: string): ChartPalette {
	const pick = (name: string, fallback: string) => read(name).trim() || fallback;
	return {
		line: pick('--chart-line', fallbackPalette.line),
		fill: pick('--chart-fill', fallbackPalette.fill),
		grid: pick('--chart-grid', fallbackPalette.grid),
		text: pick('--text', fallbackPalette.text),
		muted: pick('--muted', fallbackPalette.muted),
		surface: pick('--surface', fallbackPalette.surface),
		font: font.trim() || fallbackPalette.font
	};
}

/** A radar dataset as chart.js takes it. */
export type RadarDataset = ChartDataset<'radar', (number | null)[]>;

/**
 * A fill the chart draws itself (see RadarDecorations): the area of one dataset, or the band
 * between two, by dataset index. chart.js's own Filler closes a line with a gap through the
 * centre, which would read as a value of 0 on the missing axis; these fills leave the sectors
 * next to a gap empty instead.
 */
export type RadarFill =
	| { kind: 'area'; dataset: number; color: string }
	| { kind: 'between'; low: number; high: number; color: string };

/**
 * The chart.js datasets for the series (lines and points only; chart.js draws the first on top,
 * so main lines come first and the band last) and the fills to draw under them: the main line's
 * area when there is no band, else the band between its first two series.
 */
export function radarDatasets(
	series: readonly Series[],
	axisCount: number,
	palette: ChartPalette
): { datasets: RadarDataset[]; fills: RadarFill[] } {
	const sorted = inDrawingOrder(series);
	const band = sorted.flatMap((s, i) => (s.style === 'band' ? [i] : []));
	const fills: RadarFill[] = [];
	const [low, high] = band;
	if (low !== undefined && high !== undefined) {
		fills.push({ kind: 'between', low, high, color: palette.fill });
	}
	const datasets = sorted.map((s, index): RadarDataset => {
		const common = {
			label: s.label,
			data: chartValues(s.values, axisCount),
			spanGaps: false,
			fill: false,
			borderJoinStyle: 'round' as const
		};
		switch (s.style ?? 'main') {
			case 'main':
				if (band.length === 0) fills.push({ kind: 'area', dataset: index, color: palette.fill });
				return {
					...common,
					borderColor: palette.line,
					borderWidth: 2.5,
					pointRadius: 3.5,
					pointHoverRadius: 5,
					pointBackgroundColor: palette.line,
					pointBorderColor: palette.surface,
					pointBorderWidth: 1
				};
			case 'secondary':
				return {
					...common,
					borderColor: palette.muted,
					borderWidth: 2,
					borderDash: [6, 5],
					pointStyle: 'rectRot',
					pointRadius: 4,
					pointHoverRadius: 5.5,
					pointBackgroundColor: palette.surface,
					pointBorderColor: palette.muted,
					pointBorderWidth: 1.5
				};
			case 'band':
				return {
					...common,
					borderColor: palette.line,
					borderWidth: 1,
					borderDash: [2, 3],
					pointRadius: 0,
					pointHoverRadius: 0,
					pointHitRadius: 6
				};
		}
	});
	return { datasets, fills };
}

/** How long the chart animates a change, in ms (none under reduced motion). */
export const animationMs = 350;

/** The axis label font size in px: a little smaller on narrow charts so that labels fit. */
export function labelFontSize(chartWidth: number): number {
	return chartWidth < 400 ? 12 : 13;
}

/** The size of the scale's tick labels, in px (chart.js pads the radar by half their box). */
const tickFontSize = 11;
const tickBackdropPadding = 2;

/**
 * The chart.js options: a 0..100 scale with rings every 25 and, with `ringLabels`, their values
 * in the page's font and colours (off where the axis labels carry each value, so that no ring
 * number sits on the data line). chart.js's own axis labels are off: RadarDecorations draws them and sets the padding.
 */
export function radarOptions(
	palette: ChartPalette,
	reducedMotion: boolean,
	decorations: RadarDecorations,
	ringLabels = true
): ChartOptions<'radar'> {
	decorations.ringLabels = ringLabels;
	return {
		responsive: true,
		// Nothing on the chart answers a pointer: the values are in the labels and the table.
		events: [],
		maintainAspectRatio: false,
		animation: reducedMotion ? false : { duration: animationMs },
		layout: { padding: decorations.padding },
		elements: { line: { tension: 0 } },
		scales: {
			r: {
				min: 0,
				max: 100,
				beginAtZero: true,
				grid: { color: palette.grid },
				angleLines: { color: palette.grid },
				pointLabels: { display: false },
				ticks: {
					display: ringLabels,
					stepSize: 25,
					// The rings are whole numbers; chart.js's default formats them with Intl, whose
					// first use on a page costs a slow phone about 150 ms.
					callback: (value) => String(value),
					color: palette.muted,
					backdropColor: palette.surface,
					backdropPadding: tickBackdropPadding,
					font: { family: palette.font, size: tickFontSize }
				}
			}
		}
	};
}

/** What RadarDecorations draws: colours, which axes have no data, and the fills. */
export interface DecorationStyle {
	palette: ChartPalette;
	gaps: readonly boolean[];
	fills: readonly RadarFill[];
}

/** Space between the outer ring and an axis label, and between two labels, in px. */
const labelGap = 7;
const labelSpacing = 3;
const labelLineHeight = 1.2;

/**
 * The parts of the radar chart.js does not draw the way we want, as one plugin per chart:
 * - Axis labels: chart.js shrinks its radar by at most half to fit its labels, so on a phone long
 *   labels at the sides are cut off, and neighbouring labels overlap. Here the labels are measured
 *   before each layout, the radar's radius is chosen with layoutRadar so that all fit, and the
 *   padding (a scriptable option, read after `beforeUpdate`) makes chart.js draw at that radius.
 *   Axes with no data get muted italic labels.
 * - Fills: see RadarFill.
 * Set `style` before each `chart.update()`; `padding` goes into the options, `plugin` into the
 * chart's plugins.
 */
export class RadarDecorations {
	style: DecorationStyle = { palette: fallbackPalette, gaps: [], fills: [] };
	/** Whether the scale shows its ring values (chart.js then insets the radar for them). */
	ringLabels = true;
	#sizes: Size[] = [];
	#padding = { x: 4, y: 4 };

	/** The layout padding chart.js reads during each update. */
	readonly padding = () => ({
		left: this.#padding.x,
		right: this.#padding.x,
		top: this.#padding.y,
		bottom: this.#padding.y
	});

	/** The chart.js plugin. */
	readonly plugin: Plugin<'radar'> = {
		id: 'radarDecorations',
		beforeUpdate: (chart) => this.#measure(chart),
		beforeDatasetsDraw: (chart) => this.#drawFills(chart),
		afterDatasetsDraw: (chart) => this.#drawLabels(chart)
	};

	#lines(chart: Chart<'radar'>): string[][] {
		return (chart.data.labels ?? []).map((label) =>
			Array.isArray(label) ? label.map(String) : [String(label)]
		);
	}

	/** The font of one line of an axis label: a line with a percentage is bold. */
	#font(chart: Chart<'radar'>, index: number, line = ''): { css: string; size: number } {
		const size = labelFontSize(chart.width);
		const italic = this.style.gaps[index] ? 'italic ' : '';
		const bold = /\d\s?%/.test(line) ? '700 ' : '';
		return { css: `${italic}${bold}${size}px ${this.style.palette.font}`, size };
	}

	#bounds(chart: Chart<'radar'>): Box {
		return { left: 2, top: 2, right: chart.width - 2, bottom: chart.height - 2 };
	}

	#measure(chart: Chart<'radar'>) {
		const ctx = chart.ctx;
		ctx.save();
		this.#sizes = this.#lines(chart).map((lines, i) => {
			const size = this.#font(chart, i).size;
			const widths = lines.map((line) => {
				ctx.font = this.#font(chart, i, line).css;
				return ctx.measureText(line).width;
			});
			return {
				width: Math.ceil(Math.max(0, ...widths)),
				height: lines.length * size * labelLineHeight
			};
		});
		ctx.restore();
		const { radius } = layoutRadar(this.#sizes, this.#bounds(chart), {
			gap: labelGap,
			spacing: labelSpacing
		});
		// chart.js insets the radar by half a tick label's box on every side.
		const inset = this.ringLabels ? (tickFontSize + 2 * tickBackdropPadding) / 2 : 0;
		this.#padding = {
			x: Math.max(0, chart.width / 2 - radius - inset),
			y: Math.max(0, chart.height / 2 - radius - inset)
		};
	}

	#scale(chart: Chart<'radar'>): { center: Point; radius: number } | null {
		const scale: unknown = chart.scales['r'];
		if (
			typeof scale !== 'object' ||
			scale === null ||
			!('xCenter' in scale && 'yCenter' in scale && 'drawingArea' in scale)
		) {
			return null;
		}
		const { xCenter, yCenter, drawingArea } = scale;
		if (typeof xCenter !== 'number' || typeof yCenter !== 'number') return null;
		if (typeof drawingArea !== 'number') return null;
		return { center: { x: xCenter, y: yCenter }, radius: drawingArea };
	}

	#drawFills(chart: Chart<'radar'>) {
		const scale = this.#scale(chart);
		if (!scale) return;
		const vertices = (dataset: number): (Point | null)[] => {
			const meta = chart.getDatasetMeta(dataset);
			if (meta.hidden) return [];
			// chart.js marks a point with no value (null) as skipped; its x and y are NaN.
			return meta.data.map((point) =>
				('skip' in point && point.skip === true) || !Number.isFinite(point.x + point.y)
					? null
					: { x: point.x, y: point.y }
			);
		};
		const ctx = chart.ctx;
		ctx.save();
		for (const fill of this.style.fills) {
			ctx.fillStyle = fill.color;
			ctx.beginPath();
			if (fill.kind === 'area') {
				const { closed, runs } = polygonRuns(vertices(fill.dataset));
				for (const run of runs) {
					// An open run is fanned from the centre, so the sectors by a gap stay empty.
					tracePath(ctx, closed ? run : [scale.center, ...run, scale.center]);
				}
				ctx.fill();
			} else {
				const low = vertices(fill.low);
				const high = vertices(fill.high);
				const pairs = high.map((h, i) => {
					const l = low[i];
					return h && l ? { h, l } : null;
				});
				const { closed, runs } = polygonRuns(pairs);
				for (const run of runs) {
					const outer = run.map((p) => p.h);
					const inner = run.map((p) => p.l).reverse();
					if (closed) {
						tracePath(ctx, outer);
						tracePath(ctx, inner);
					} else tracePath(ctx, [...outer, ...inner]);
				}
				ctx.fill('evenodd');
			}
		}
		ctx.restore();
	}

	#drawLabels(chart: Chart<'radar'>) {
		const scale = this.#scale(chart);
		if (!scale) return;
		const lines = this.#lines(chart);
		if (lines.length !== this.#sizes.length) return;
		const placed = labelsAt(
			this.#sizes,
			scale.center,
			scale.radius,
			labelGap,
			this.#bounds(chart),
			labelSpacing
		);
		const ctx = chart.ctx;
		ctx.save();
		ctx.textBaseline = 'middle';
		placed.forEach((box, i) => {
			const lineHeight = this.#font(chart, i).size * labelLineHeight;
			ctx.fillStyle = this.style.gaps[i] ? this.style.palette.muted : this.style.palette.text;
			ctx.textAlign = box.align;
			const x =
				box.align === 'left' ? box.left : box.align === 'right' ? box.right : boxCenter(box).x;
			(lines[i] ?? []).forEach((line, k) => {
				ctx.font = this.#font(chart, i, line).css;
				ctx.fillText(line, x, box.top + lineHeight * (k + 0.5));
			});
		});
		ctx.restore();
	}
}
