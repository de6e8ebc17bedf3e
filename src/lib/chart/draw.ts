/**
 * Draws the radar with chart.js: RadarChart.svelte loads this module with import() after the page
 * has painted, and chart.js (only its radar pieces) and the chart options come with it, so neither
 * is on the way to the first paint. The colours and font are read from the page's CSS at each
 * drawing, so a change of colour scheme only needs update().
 */
import {
	Chart,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	type ChartConfiguration
} from 'chart.js';
import { radarDatasets, RadarDecorations, radarOptions, readPalette } from './chart-config';
import { gapAxes, type Series } from './geometry';

// No Tooltip plugin (4.8 kB gzipped): the table beside every radar has each value (and a result's
// axis labels carry theirs); a tooltip would only repeat them, for a mouse or a finger on a point.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);

/** What the radar shows. */
export interface RadarPicture {
	/** Each axis's label, as its lines. */
	labels: string[][];
	/** The lines to draw; values 0..100 or null for no data. */
	series: Series[];
	/** Whether the rings show their values. */
	ringLabels: boolean;
	/** Whether changes are drawn without animation. */
	reducedMotion: boolean;
}

/** A radar on a canvas. */
export interface DrawnRadar {
	/** Draws another picture (animated from the last one, unless reduced motion), in the page's current colours. */
	update(picture: RadarPicture): void;
	destroy(): void;
}

type RadarConfiguration = ChartConfiguration<'radar', (number | null)[], string[]>;

/** Draws `picture` on `canvas`; `onDrawn` is called after each drawing. */
export function drawRadar(
	canvas: HTMLCanvasElement,
	picture: RadarPicture,
	onDrawn: () => void
): DrawnRadar {
	const decorations = new RadarDecorations();
	const configure = ({ labels, series, ringLabels, reducedMotion }: RadarPicture) => {
		const style = getComputedStyle(canvas);
		const palette = readPalette(
			(name) => style.getPropertyValue(name),
			getComputedStyle(document.body).fontFamily
		);
		const { datasets, fills } = radarDatasets(series, labels.length, palette);
		decorations.style = { palette, gaps: gapAxes(series, labels.length), fills };
		return {
			data: { labels, datasets },
			options: radarOptions(palette, reducedMotion, decorations, ringLabels)
		};
	};
	const first = configure(picture);
	// The first drawing is not animated: the numbers are already on the page, and on a slow phone
	// each frame of it would block the page. Later changes animate.
	const initial: RadarConfiguration = {
		type: 'radar',
		data: first.data,
		options: { ...first.options, animation: false },
		plugins: [decorations.plugin, { id: 'radarDrawn', afterRender: onDrawn }]
	};
	const chart = new Chart(canvas, initial);
	return {
		update(next) {
			const { data, options } = configure(next);
			chart.data = data;
			chart.options = options;
			chart.update();
		},
		destroy: () => chart.destroy()
	};
}
