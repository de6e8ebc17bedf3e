/**
 * Pure helpers for radar charts: the geometry of a radar and its axis labels (shared by
 * RadarChart.svelte and the share picture in card.ts), and the chart.js datasets, options and a
 * small plugin for RadarChart.svelte. No Svelte and no chart.js at run time (only its types), so
 * this is unit-tested in Node and chart.js is still loaded lazily by the component.
 */
import type { Chart, ChartDataset, ChartOptions, Plugin } from 'chart.js';

// ---------------------------------------------------------------------------------------------
// Geometry

/** A point on a canvas, in px. */
export interface Point {
	x: number;
	y: number;
}

/** The size of a block of text, in px. */
export interface Size {
	width: number;
	height: number;
}

/** A rectangle on a canvas, in px. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** How a label's lines are aligned to its box. */
export type LabelAlign = 'left' | 'center' | 'right';

/** An axis label placed on the canvas: its box and how its lines align within it. */
export interface PlacedLabel extends Box {
	align: LabelAlign;
}

/** The angle of axis `index` of `count`, in radians clockwise from straight up. */
export function axisAngle(index: number, count: number): number {
	return count > 0 ? (2 * Math.PI * index) / count : 0;
}

/** The point `distance` px from `center` along an axis at `angle`. */
export function pointOnAxis(angle: number, center: Point, distance: number): Point {
	return { x: center.x + distance * Math.sin(angle), y: center.y - distance * Math.cos(angle) };
}

/** The vertex per axis for values 0..`max`, or null where a value is missing (a gap). */
export function radarPoints(
	values: readonly (number | null)[],
	center: Point,
	radius: number,
	max = 100
): (Point | null)[] {
	return values.map((value, i) => {
		const v = chartValue(value, max);
		return v === null ? null : pointOnAxis(axisAngle(i, values.length), center, (radius * v) / max);
	});
}

/**
 * The runs of consecutive present vertices of a radar polygon, going round. With no gap the whole
 * polygon is one closed run; otherwise each run is an open polyline that stops at a gap (a run
 * that passes the last axis continues at the first).
 */
export function polygonRuns<T>(vertices: readonly (T | null)[]): { closed: boolean; runs: T[][] } {
	const n = vertices.length;
	const present = vertices.filter((v): v is T => v !== null);
	if (present.length === n) return { closed: n > 0, runs: n > 0 ? [present] : [] };
	const firstGap = vertices.findIndex((v) => v === null);
	const runs: T[][] = [];
	let run: T[] = [];
	// Start just after a gap, so no run is split in two by the end of the list.
	for (let k = 1; k <= n; k++) {
		const v = vertices[(firstGap + k) % n] ?? null;
		if (v === null) {
			if (run.length > 0) runs.push(run);
			run = [];
		} else run.push(v);
	}
	return { closed: false, runs };
}

/** How a label at `angle` lines up: centred at the top and bottom, else away from the radar. */
export function labelAlign(angle: number): LabelAlign {
	const sin = Math.sin(angle);
	if (Math.abs(sin) < 0.1) return 'center';
	return sin > 0 ? 'left' : 'right';
}

/**
 * The box of a label of `size` for the axis at `angle`, `distance` px from `center`. Horizontally
 * it starts at the anchor, ends there or is centred on it (see labelAlign); vertically it moves
 * smoothly from wholly above the anchor at the top, through centred at the sides, to wholly below
 * it at the bottom, so that labels near the sides stay level with their axis.
 */
export function labelBox(angle: number, size: Size, center: Point, distance: number): PlacedLabel {
	const anchor = pointOnAxis(angle, center, distance);
	const align = labelAlign(angle);
	const shift = align === 'left' ? 0 : align === 'right' ? 1 : 0.5;
	const left = anchor.x - size.width * shift;
	const top = anchor.y - (size.height * (1 + Math.cos(angle))) / 2;
	return { left, top, right: left + size.width, bottom: top + size.height, align };
}

/**
 * The largest radius at which every label (placed by labelBox, `gap` px beyond the radius) lies
 * within `bounds`, for a radar centred in `bounds`. A label too wide to fit at any radius is left
 * out of the reckoning rather than shrinking the radar to nothing.
 */
export function fitRadius(sizes: readonly Size[], bounds: Box, gap: number): number {
	const center = boxCenter(bounds);
	let best = Math.min(bounds.right - center.x, bounds.bottom - center.y);
	sizes.forEach((size, i) => {
		const angle = axisAngle(i, sizes.length);
		const sin = Math.sin(angle);
		const cos = Math.cos(angle);
		const shift = { left: 0, center: 0.5, right: 1 }[labelAlign(angle)];
		// Each edge of the label's box moves linearly with the distance d = radius + gap:
		// an edge at e0 + k*d must stay within its bound, so d <= room / k for k > 0.
		const limits: [number, number][] = [
			[sin, bounds.right - center.x - size.width * (1 - shift)],
			[-sin, center.x - bounds.left - size.width * shift],
			[cos, center.y - bounds.top - (size.height * (1 + cos)) / 2],
			[-cos, bounds.bottom - center.y - (size.height * (1 - cos)) / 2]
		];
		for (const [k, room] of limits) {
			if (k > 1e-6 && room > k * gap) best = Math.min(best, room / k - gap);
		}
	});
	return Math.max(0, best);
}

/** Whether two boxes overlap, with `spacing` px counted as overlap. */
function overlaps(a: Box, b: Box, spacing = 0): boolean {
	return (
		a.left < b.right + spacing &&
		b.left < a.right + spacing &&
		a.top < b.bottom + spacing &&
		b.top < a.bottom + spacing
	);
}

function boxCenter(box: Box): Point {
	return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

function moveY<T extends Box>(box: T, dy: number): T {
	return { ...box, top: box.top + dy, bottom: box.bottom + dy };
}

/**
 * Moves labels up or down so that no two overlap (keeping `spacing` px between them) and all stay
 * within `bounds` vertically where there is room. Side labels may move either way; a centred label
 * only away from the radar at `center` (the top one up, the bottom one down), so it stays on its
 * axis. Each side is settled top to bottom, then bottom to top.
 */
export function separateLabels(
	labels: readonly PlacedLabel[],
	center: Point,
	bounds: Box,
	spacing: number
): PlacedLabel[] {
	const placed = [...labels];
	const canMove = (label: PlacedLabel, down: boolean) =>
		label.align !== 'center' || (down ? label.top >= center.y : label.bottom <= center.y);
	for (const side of ['left', 'right'] as const) {
		const column = placed
			.map((label, index) => ({ label, index }))
			.filter(({ label }) => label.align === side || label.align === 'center')
			.sort((a, b) => a.label.top - b.label.top)
			.map(({ index }) => index);
		const settle = (order: number[], down: boolean) => {
			order.forEach((index, i) => {
				let label: PlacedLabel | undefined = placed[index];
				if (!label || !canMove(label, down)) return;
				for (const before of order.slice(0, i)) {
					const other = placed[before];
					if (!other || !overlaps(label, other, spacing)) continue;
					const dy: number = down
						? other.bottom + spacing - label.top
						: other.top - spacing - label.bottom;
					label = moveY(label, dy);
				}
				if (down && label.bottom > bounds.bottom)
					label = moveY(label, bounds.bottom - label.bottom);
				if (!down && label.top < bounds.top) label = moveY(label, bounds.top - label.top);
				placed[index] = label;
			});
		};
		settle(column, true);
		settle([...column].reverse(), false);
	}
	return placed;
}

/** Whether all labels lie within `bounds` and none overlaps another. */
export function labelsFit(labels: readonly Box[], bounds: Box): boolean {
	const inside = labels.every(
		(l) =>
			l.left >= bounds.left - 0.5 &&
			l.right <= bounds.right + 0.5 &&
			l.top >= bounds.top - 0.5 &&
			l.bottom <= bounds.bottom + 0.5
	);
	return inside && labels.every((a, i) => labels.slice(i + 1).every((b) => !overlaps(a, b)));
}

/** The labels for a radar of `radius` at `center`: placed by labelBox, then separated. */
export function labelsAt(
	sizes: readonly Size[],
	center: Point,
	radius: number,
	gap: number,
	bounds: Box,
	spacing: number
): PlacedLabel[] {
	const boxes = sizes.map((size, i) =>
		labelBox(axisAngle(i, sizes.length), size, center, radius + gap)
	);
	return separateLabels(boxes, center, bounds, spacing);
}

/** A radar and its labels laid out in a box; `fits` is false when labels still overlap. */
export interface RadarLayout {
	center: Point;
	radius: number;
	labels: PlacedLabel[];
	fits: boolean;
}

/**
 * Lays out a radar centred in `bounds` with its axis labels around it: the largest radius at which
 * the labels fit, shrunk a little at a time while labels still collide, and at most `maxRadius`.
 */
export function layoutRadar(
	sizes: readonly Size[],
	bounds: Box,
	options: { gap: number; spacing: number; maxRadius?: number }
): RadarLayout {
	const center = boxCenter(bounds);
	let radius = Math.min(fitRadius(sizes, bounds, options.gap), options.maxRadius ?? Infinity);
	let labels = labelsAt(sizes, center, radius, options.gap, bounds, options.spacing);
	let fits = labelsFit(labels, bounds);
	for (let attempt = 0; attempt < 6 && !fits; attempt++) {
		radius *= 0.9;
		labels = labelsAt(sizes, center, radius, options.gap, bounds, options.spacing);
		fits = labelsFit(labels, bounds);
	}
	return { center, radius, labels, fits };
}

// ---------------------------------------------------------------------------------------------
// Values and labels

/** How a series is drawn: a filled main line, a dashed comparison line, or one edge of a band. */
export type SeriesStyle = 'main' | 'secondary' | 'band';

/** One line on the radar: a value 0..100 per axis, or null where there is no data. */
export interface Series {
	label: string;
	values: (number | null)[];
	style?: SeriesStyle;
}

/** A value as the chart draws it: clamped to 0..max, or null when missing or not a number. */
export function chartValue(value: number | null | undefined, max = 100): number | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	return Math.min(max, Math.max(0, value));
}

/** The values of one series fitted to `axisCount` axes: clamped, missing ones null. */
export function chartValues(
	values: readonly (number | null)[],
	axisCount: number
): (number | null)[] {
	return Array.from({ length: axisCount }, (_, i) => chartValue(values[i]));
}

/**
 * Splits a label into lines of about `maxChars` characters at spaces. A parenthesised group such
 * as "(3 av 4)" is kept on one line, and a word longer than `maxChars` stays whole rather than
 * being broken.
 */
export function wrapLabel(text: string, maxChars = 14): string[] {
	const tokens = text.trim().match(/\([^)]*\)|\S+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		if (line === '') line = token;
		else if (line.length + 1 + token.length <= maxChars) line += ` ${token}`;
		else {
			lines.push(line);
			line = token;
		}
	}
	if (line !== '') lines.push(line);
	return lines.length > 0 ? lines : [''];
}

/** For each axis, whether no series has a value there (the axis is marked as having no data). */
export function gapAxes(series: readonly Series[], axisCount: number): boolean[] {
	return Array.from({ length: axisCount }, (_, i) =>
		series.every((s) => chartValue(s.values[i]) === null)
	);
}

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

/** One entry of the HTML legend; a band's two series share one entry. */
export interface LegendEntry {
	key: string;
	label: string;
	style: SeriesStyle;
}

/** The series in drawing order, top first: main lines, then secondary ones, then the band. */
function ordered(series: readonly Series[]): Series[] {
	const rank: Record<SeriesStyle, number> = { main: 0, secondary: 1, band: 2 };
	return [...series].sort((a, b) => rank[a.style ?? 'main'] - rank[b.style ?? 'main']);
}

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
	const sorted = ordered(series);
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

/** The legend entries in drawing order; the band's series are merged as "low – high". */
export function legendEntries(series: readonly Series[]): LegendEntry[] {
	const entries: LegendEntry[] = [];
	const seen = new Map<string, number>();
	const push = (label: string, style: SeriesStyle) => {
		const base = `${style}:${label}`;
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		entries.push({ key: count === 0 ? base : `${base}#${count}`, label, style });
	};
	const sorted = ordered(series);
	for (const s of sorted) if (s.style !== 'band') push(s.label, s.style ?? 'main');
	const band = sorted.filter((s) => s.style === 'band').map((s) => s.label);
	if (band.length > 0) push(band.join(' – '), 'band');
	return entries;
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
 * The chart.js options: a 0..100 scale with rings every 25 and ticks in the page's font and
 * colours. chart.js's own axis labels are off: RadarDecorations draws them and sets the padding.
 */
export function radarOptions(
	palette: ChartPalette,
	reducedMotion: boolean,
	decorations: RadarDecorations
): ChartOptions<'radar'> {
	return {
		responsive: true,
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
					stepSize: 25,
					color: palette.muted,
					backdropColor: palette.surface,
					backdropPadding: tickBackdropPadding,
					font: { family: palette.font, size: tickFontSize }
				}
			}
		},
		plugins: {
			tooltip: {
				titleFont: { family: palette.font },
				bodyFont: { family: palette.font },
				callbacks: {
					title: (items) => {
						const label: unknown = items[0]?.label ?? '';
						return Array.isArray(label) ? label.join(' ') : String(label);
					},
					label: (item) => `${item.dataset.label ?? ''}: ${item.formattedValue}`
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

	#font(chart: Chart<'radar'>, index: number): { css: string; size: number } {
		const size = labelFontSize(chart.width);
		const italic = this.style.gaps[index] ? 'italic ' : '';
		return { css: `${italic}${size}px ${this.style.palette.font}`, size };
	}

	#bounds(chart: Chart<'radar'>): Box {
		return { left: 2, top: 2, right: chart.width - 2, bottom: chart.height - 2 };
	}

	#measure(chart: Chart<'radar'>) {
		const ctx = chart.ctx;
		ctx.save();
		this.#sizes = this.#lines(chart).map((lines, i) => {
			const font = this.#font(chart, i);
			ctx.font = font.css;
			const width = Math.max(0, ...lines.map((line) => ctx.measureText(line).width));
			return { width: Math.ceil(width), height: lines.length * font.size * labelLineHeight };
		});
		ctx.restore();
		const { radius } = layoutRadar(this.#sizes, this.#bounds(chart), {
			gap: labelGap,
			spacing: labelSpacing
		});
		// chart.js insets the radar by half a tick label's box on every side.
		const inset = (tickFontSize + 2 * tickBackdropPadding) / 2;
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
			const font = this.#font(chart, i);
			const lineHeight = font.size * labelLineHeight;
			ctx.font = font.css;
			ctx.fillStyle = this.style.gaps[i] ? this.style.palette.muted : this.style.palette.text;
			ctx.textAlign = box.align;
			const x =
				box.align === 'left' ? box.left : box.align === 'right' ? box.right : boxCenter(box).x;
			(lines[i] ?? []).forEach((line, k) => {
				ctx.fillText(line, x, box.top + lineHeight * (k + 0.5));
			});
		});
		ctx.restore();
	}
}

/** The part of a 2D canvas context that traces paths (also an OffscreenCanvas context). */
export type PathContext = Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'closePath'>;

/** Adds a polyline through `points` to the current path, closed unless `closed` is false. */
export function tracePath(ctx: PathContext, points: readonly Point[], closed = true): void {
	const [first, ...rest] = points;
	if (!first) return;
	ctx.moveTo(first.x, first.y);
	for (const p of rest) ctx.lineTo(p.x, p.y);
	if (closed) ctx.closePath();
}
