/**
 * The share picture: a PNG that says what the number is about (agreement with one named party's
 * program), shows it big with a radar of the topics, invites the viewer to take the quiz at the
 * site's address, and says that it is one party's program, not a neutral voting advice tool.
 * Its look is the site's own (dark slate and cyan), not a party's colours. On a story, the top
 * 250 px and the bottom 340 px are left to the apps' own bars.
 * Plain Canvas 2D, system fonts, nothing fetched. The layout is planned by a pure function
 * (planCard: a list of drawing operations from the input and a text measure), so it is tested in
 * Node; drawCard only paints the plan.
 */
import {
	axisAngle,
	layoutRadar,
	pointOnAxis,
	polygonRuns,
	radarPoints,
	tracePath,
	type Box,
	type Point,
	type Size
} from '../chart/geometry';

/** What the share picture shows; all text comes ready-made in the reader's language. */
export interface CardInput {
	size: CardSize;
	/** What the number is: "Jag håller med Vänsterpartiet Västernorrlands program till". */
	lead: string;
	/** The overall figure, e.g. "72 %". */
	overall: string;
	/** The program's name, e.g. "”Ett jämlikt Västernorrland för alla”". */
	programTitle: string;
	topics: { name: string; percent: number | null }[];
	notAnsweredLabel: string;
	/** The question to the viewer: "Hur mycket håller du med?". */
	invite: string;
	/** The call to action before the address: "Gör testet på". */
	cta: string;
	/** The site's address without the scheme: "valkompass.example.se". */
	siteAddress: string;
	disclaimer: string;
	/** A whole percentage as the language writes it ("72 %", "72%"): the dictionary's own. */
	percent: (n: number) => string;
}

/** The two picture formats: a square feed post or a 9:16 story. */
export type CardSize = 'square' | 'story';

/** A 2D context to draw the card on: a canvas's or an OffscreenCanvas's. */
export type CardContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The width of `text` in px, drawn in the CSS `font`. */
export type MeasureText = (text: string, font: string) => number;

/** A font on the card. */
export interface CardFont {
	size: number;
	weight: 400 | 600 | 700 | 800;
	italic?: boolean;
}

/** One step of drawing the card; text is drawn with its vertical middle at `y`. */
export type CardOp =
	| { kind: 'rect'; box: Box; color: string }
	| {
			kind: 'text';
			text: string;
			x: number;
			y: number;
			align: 'left' | 'center' | 'right';
			font: CardFont;
			color: string;
			width: number;
	  }
	| { kind: 'path'; points: Point[]; closed: boolean; stroke: string; width: number }
	| { kind: 'fill'; shapes: Point[][]; color: string }
	| { kind: 'dot'; at: Point; radius: number; color: string; ring: string };

/** The card's colours: the site's own look, the same whatever the device's scheme. */
const colors = {
	background: '#14202b',
	text: '#ffffff',
	muted: '#c3cfd8',
	accent: '#5ee0d6',
	onAccent: '#0c1a22',
	fill: 'rgba(94, 224, 214, 0.3)',
	grid: 'rgba(255, 255, 255, 0.3)',
	surface: '#14202b'
};

const fontFamily = 'system-ui, sans-serif';
const margin = 72;

/** The CSS font string for a card font. */
export function cssFont(font: CardFont): string {
	return `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${fontFamily}`;
}

/** The picture's size in px for a format. */
export function cardSize(size: CardSize): { width: number; height: number } {
	return size === 'story' ? { width: 1080, height: 1920 } : { width: 1080, height: 1080 };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (by `measure`), at spaces; a word that is
 * wider on its own is broken between letters. With `maxLines`, the last line ends in "…" when
 * text was left out.
 */
export function wrapText(
	measure: (text: string) => number,
	text: string,
	maxWidth: number,
	maxLines = Infinity
): string[] {
	const lines: string[] = [];
	let line = '';
	const words = text.trim().split(/\s+/).filter(Boolean);
	for (const word of words) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = '';
		// Too wide on its own: break between letters.
		let rest = word;
		while (measure(rest) > maxWidth && rest.length > 1) {
			let cut = rest.length - 1;
			while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[kept.length - 1] ?? '';
	while (last.length > 0 && measure(`${last}…`) > maxWidth) {
		// Drop whole words while there are several, else letters.
		const space = last.lastIndexOf(' ');
		last = space > 0 ? last.slice(0, space) : last.slice(0, -1);
	}
	kept[kept.length - 1] = `${last}…`;
	return kept;
}

/** The largest size up to `font.size` (and at least `minSize`) at which `text` fits `maxWidth`. */
export function fitFont(
	measure: MeasureText,
	text: string,
	font: CardFont,
	maxWidth: number,
	minSize: number
): CardFont {
	let size = font.size;
	while (size > minSize && measure(text, cssFont({ ...font, size })) > maxWidth) size -= 2;
	return { ...font, size: Math.max(size, minSize) };
}

/** A block of lines in one font and colour. */
interface TextBlock {
	lines: string[];
	font: CardFont;
	color: string;
	lineHeight: number;
}

/** Wraps `text` into a block. */
function block(
	measure: MeasureText,
	text: string,
	font: CardFont,
	color: string,
	maxWidth: number,
	maxLines = Infinity,
	lineHeight = 1.25
): TextBlock {
	const lines = wrapText((t) => measure(t, cssFont(font)), text, maxWidth, maxLines);
	return { lines, font, color, lineHeight: font.size * lineHeight };
}

function blockHeight(b: TextBlock): number {
	return b.lines.length * b.lineHeight;
}

function blockWidth(measure: MeasureText, b: TextBlock): number {
	return Math.max(0, ...b.lines.map((line) => measure(line, cssFont(b.font))));
}

/** Text operations for blocks stacked from `top`, aligned at `x`: their lines, placed as lines. */
function stack(
	measure: MeasureText,
	blocks: readonly TextBlock[],
	x: number,
	top: number,
	align: 'left' | 'center' | 'right'
): CardOp[] {
	const lines: Line[] = blocks.flatMap((b) =>
		b.lines.map((text) => {
			const width = measure(text, cssFont(b.font));
			return {
				segments: [{ text, font: b.font, color: b.color, width }],
				space: 0,
				width,
				height: b.lineHeight
			};
		})
	);
	return placeLines(lines, x, top, align);
}

/** Fonts on the card; nothing smaller than 30 px, so text stays readable at feed size. */
const fonts = {
	lead: { size: 44, weight: 700 },
	leadSquare: { size: 38, weight: 700 },
	overall: { size: 220, weight: 800 },
	overallSquare: { size: 170, weight: 800 },
	program: { size: 34, weight: 600 },
	invite: { size: 50, weight: 800 },
	site: { size: 38, weight: 800 },
	disclaimer: { size: 30, weight: 400 },
	axis: { size: 30, weight: 600 },
	axisValue: { size: 34, weight: 800 },
	notAnswered: { size: 30, weight: 400, italic: true }
} satisfies Record<string, CardFont>;

/** The smallest font size used anywhere on the card, in px. */
export const minFontSize = 30;

/** The bands of a story that Instagram's and TikTok's own bars cover, in px from each edge. */
export const storySafeZone = { top: 250, bottom: 340 };

/** The part of the card that key content may use: all of a square, a story minus its bars. */
export function contentBox(size: CardSize): Box {
	const { width, height } = cardSize(size);
	return size === 'story'
		? {
				left: margin,
				top: storySafeZone.top + 24,
				right: width - margin,
				bottom: height - storySafeZone.bottom - 24
			}
		: { left: margin, top: margin, right: width - margin, bottom: height - margin };
}

/**
 * The card as drawing operations, for a canvas of cardSize(input.size). At the top what the
 * number is about and the number; at the bottom the invitation with the address and the
 * disclaimer; the radar with its labels in the space between. On a square the number stands beside
 * its lead; on a story they are stacked, and all of it stays out of the apps' bars.
 */
export function planCard(input: CardInput, measure: MeasureText): CardOp[] {
	// With many topics the radar's labels may not fit around it: then the number and the
	// invitation are set smaller to give the radar more room.
	let plan = planCardAt(input, measure, 1);
	for (const scale of [0.7, 0.55]) {
		if (plan.fits) break;
		plan = planCardAt(input, measure, scale);
	}
	return plan.ops;
}

/**
 * The card with its largest fonts scaled by `scale`, and whether the radar's labels fit. Longer
 * than most functions on purpose: the layout runs top to bottom, each block placed below the last.
 */
// eslint-disable-next-line max-lines-per-function -- the layout runs top to bottom, each block placed below the last
function planCardAt(
	input: CardInput,
	measure: MeasureText,
	scale: number
): { ops: CardOp[]; fits: boolean } {
	const big = (font: CardFont): CardFont => ({
		...font,
		size: Math.max(minFontSize, Math.round(font.size * scale))
	});
	const { width, height } = cardSize(input.size);
	const story = input.size === 'story';
	const area = contentBox(input.size);
	const inner = area.right - area.left;
	const ops: CardOp[] = [
		{
			kind: 'rect',
			box: { left: 0, top: 0, right: width, bottom: height },
			color: colors.background
		},
		{ kind: 'rect', box: { left: 0, top: 0, right: width, bottom: 18 }, color: colors.accent },
		{
			kind: 'rect',
			box: { left: 0, top: height - 18, right: width, bottom: height },
			color: colors.accent
		}
	];

	// Header: the number and what it is about.
	let headerBottom: number;
	if (story) {
		const overallFont = fitFont(measure, input.overall, big(fonts.overall), inner, 96);
		const overall = block(measure, input.overall, overallFont, colors.accent, inner, 1, 1.0);
		const lead = block(measure, input.lead, fonts.lead, colors.text, inner, 3, 1.15);
		const program = block(measure, input.programTitle, fonts.program, colors.muted, inner, 2, 1.2);
		ops.push(...stack(measure, [lead, overall, program], area.left, area.top, 'left'));
		headerBottom = area.top + blockHeight(lead) + blockHeight(overall) + blockHeight(program);
	} else {
		// The lead across the top, then the number with the program's name beside it (or under
		// it, when there is no room beside).
		const lead = block(measure, input.lead, big(fonts.leadSquare), colors.text, inner, 2, 1.15);
		ops.push(...stack(measure, [lead], area.left, area.top, 'left'));
		const rowTop = area.top + blockHeight(lead) + 4;
		const number = block(
			measure,
			input.overall,
			fitFont(measure, input.overall, big(fonts.overallSquare), inner, 96),
			colors.accent,
			inner,
			1,
			1.0
		);
		const numberWidth = blockWidth(measure, number);
		const sideWidth = inner - numberWidth - 32;
		if (sideWidth >= inner * 0.3) {
			const program = block(
				measure,
				input.programTitle,
				fonts.program,
				colors.muted,
				sideWidth,
				3,
				1.2
			);
			const rowHeight = Math.max(blockHeight(number), blockHeight(program));
			ops.push(
				...stack(
					measure,
					[number],
					area.left,
					rowTop + (rowHeight - blockHeight(number)) / 2,
					'left'
				)
			);
			ops.push(
				...stack(
					measure,
					[program],
					area.left + numberWidth + 32,
					rowTop + (rowHeight - blockHeight(program)) / 2,
					'left'
				)
			);
			headerBottom = rowTop + rowHeight;
		} else {
			const program = block(
				measure,
				input.programTitle,
				fonts.program,
				colors.muted,
				inner,
				1,
				1.2
			);
			ops.push(...stack(measure, [number, program], area.left, rowTop, 'left'));
			headerBottom = rowTop + blockHeight(number) + blockHeight(program);
		}
	}

	// Footer, from the bottom up: disclaimer, the address on a cyan band, the invitation.
	const disclaimer = block(
		measure,
		input.disclaimer,
		fonts.disclaimer,
		colors.muted,
		inner,
		2,
		1.2
	);
	const disclaimerTop = area.bottom - blockHeight(disclaimer);
	ops.push(...stack(measure, [disclaimer], area.left, disclaimerTop, 'left'));
	const padX = 28;
	const ctaText = `${input.cta} ${input.siteAddress}`;
	const siteFont = fitFont(measure, ctaText, fonts.site, inner - 2 * padX, minFontSize);
	const site = block(measure, ctaText, siteFont, colors.onAccent, inner - 2 * padX, 2, 1.2);
	const bandHeight = blockHeight(site) + 28;
	const bandTop = disclaimerTop - 20 - bandHeight;
	const bandWidth = Math.min(inner, blockWidth(measure, site) + 2 * padX);
	ops.push({
		kind: 'rect',
		box: {
			left: area.left,
			top: bandTop,
			right: area.left + bandWidth,
			bottom: bandTop + bandHeight
		},
		color: colors.accent
	});
	ops.push(...stack(measure, [site], area.left + padX, bandTop + 14, 'left'));
	const invite = block(measure, input.invite, big(fonts.invite), colors.text, inner, 2, 1.15);
	const inviteTop = bandTop - 16 - blockHeight(invite);
	ops.push(...stack(measure, [invite], area.left, inviteTop, 'left'));

	// Radar, in the space between.
	const radarArea: Box = {
		left: area.left - 40,
		top: headerBottom + 20,
		right: area.right + 40,
		bottom: inviteTop - 24
	};
	const radar = planRadar(input, measure, radarArea, story ? 320 : 230);
	ops.push(...radar.ops);
	return { ops, fits: radar.fits };
}

/** A run of text in one font and colour, part of a line. */
interface Segment {
	text: string;
	font: CardFont;
	color: string;
	width: number;
}

/** A line made of segments separated by a space, as tall as its largest font. */
interface Line {
	segments: Segment[];
	space: number;
	width: number;
	height: number;
}

/** Measures a line of segments. */
function line(measure: MeasureText, segments: Omit<Segment, 'width'>[]): Line {
	const measured = segments.map((seg) => ({ ...seg, width: measure(seg.text, cssFont(seg.font)) }));
	const first = measured[0];
	const space = first ? measure(' ', cssFont(first.font)) : 0;
	const width =
		measured.reduce((sum, seg) => sum + seg.width, 0) + space * Math.max(0, measured.length - 1);
	return {
		segments: measured,
		space,
		width,
		height: Math.max(0, ...measured.map((seg) => seg.font.size)) * 1.18
	};
}

/** How much room axis labels get: most lines of name, and widths at the sides and top/bottom. */
interface LabelRoom {
	nameLines: number;
	side: number;
	end: number;
}

/** Label room to try in turn, until the labels fit around the radar without overlapping. */
const labelRooms: [LabelRoom, ...LabelRoom[]] = [
	{ nameLines: 3, side: 270, end: 440 },
	{ nameLines: 2, side: 300, end: 480 },
	{ nameLines: 1, side: 300, end: 480 },
	// Many topics with long names: narrower labels, so that neighbours near the top and the
	// bottom do not run into each other.
	{ nameLines: 1, side: 260, end: 320 },
	{ nameLines: 1, side: 220, end: 240 }
];

/** The widest an axis label may be: wide near the top and bottom, narrower at the sides. */
function axisLabelWidth(room: LabelRoom, index: number, count: number): number {
	return Math.abs(Math.sin(axisAngle(index, count))) < 0.5 ? room.end : room.side;
}

/**
 * An axis label: the topic's name, wrapped, then its percentage (or "not answered") on the same
 * line as the end of the name when it fits there, else on a line of its own.
 */
function axisLabel(
	input: CardInput,
	measure: MeasureText,
	topic: CardInput['topics'][number],
	maxWidth: number,
	nameLines: number
): Line[] {
	const value =
		topic.percent === null
			? { text: input.notAnsweredLabel, font: fonts.notAnswered, color: colors.muted }
			: {
					text: input.percent(topic.percent),
					font: fonts.axisValue,
					color: colors.accent
				};
	const names = wrapText((t) => measure(t, cssFont(fonts.axis)), topic.name, maxWidth, nameLines);
	const lines = names.map((name) =>
		line(measure, [{ text: name, font: fonts.axis, color: colors.text }])
	);
	const last = names[names.length - 1];
	if (last !== undefined) {
		const joined = line(measure, [{ text: last, font: fonts.axis, color: colors.text }, value]);
		if (joined.width <= maxWidth) return [...lines.slice(0, -1), joined];
	}
	const own = line(measure, [value]);
	if (own.width > maxWidth) {
		const text = wrapText((t) => measure(t, cssFont(value.font)), value.text, maxWidth, 2);
		return [...lines, ...text.map((t) => line(measure, [{ ...value, text: t }]))];
	}
	return [...lines, own];
}

/** Text operations for lines stacked from `top`, each aligned at `x`. */
function placeLines(
	lines: readonly Line[],
	x: number,
	top: number,
	align: 'left' | 'center' | 'right'
): CardOp[] {
	const ops: CardOp[] = [];
	let y = top;
	for (const ln of lines) {
		let left = align === 'left' ? x : align === 'right' ? x - ln.width : x - ln.width / 2;
		for (const seg of ln.segments) {
			ops.push({
				kind: 'text',
				text: seg.text,
				x: left,
				y: y + ln.height / 2,
				align: 'left',
				font: seg.font,
				color: seg.color,
				width: seg.width
			});
			left += seg.width + ln.space;
		}
		y += ln.height;
	}
	return ops;
}

/**
 * The radar and its axis labels within `area`, with a gap where a topic has no answers. Long on
 * purpose: rings, spokes, polygon and labels are placed in drawing order, each reading the last.
 */
// eslint-disable-next-line max-lines-per-function -- rings, spokes, polygon and labels in drawing order, each reading the last
function planRadar(
	input: CardInput,
	measure: MeasureText,
	area: Box,
	maxRadius: number
): { ops: CardOp[]; fits: boolean } {
	const n = input.topics.length;
	if (n === 0) return { ops: [], fits: true };
	const attempt = (room: LabelRoom) => {
		const labels = input.topics.map((topic, i) =>
			axisLabel(input, measure, topic, axisLabelWidth(room, i, n), room.nameLines)
		);
		const sizes: Size[] = labels.map((lines) => ({
			width: Math.max(...lines.map((ln) => ln.width)),
			height: lines.reduce((sum, ln) => sum + ln.height, 0)
		}));
		return { labels, layout: layoutRadar(sizes, area, { gap: 18, spacing: 10, maxRadius }) };
	};
	let plan = attempt(labelRooms[0]);
	for (const room of labelRooms.slice(1)) {
		if (plan.layout.fits) break;
		plan = attempt(room);
	}
	const { labels } = plan;
	const { center, radius, labels: placed } = plan.layout;
	const ops: CardOp[] = [];
	const ring = (level: number) =>
		Array.from({ length: n }, (_, i) =>
			pointOnAxis(axisAngle(i, n), center, (radius * level) / 100)
		);
	for (const level of [25, 50, 75, 100]) {
		ops.push({
			kind: 'path',
			points: ring(level),
			closed: true,
			stroke: colors.grid,
			width: level === 100 ? 3 : 2
		});
	}
	for (const outer of ring(100)) {
		ops.push({
			kind: 'path',
			points: [center, outer],
			closed: false,
			stroke: colors.grid,
			width: 2
		});
	}
	const points = radarPoints(
		input.topics.map((t) => t.percent),
		center,
		radius
	);
	const { closed, runs } = polygonRuns(points);
	// An open run is filled as a fan from the centre, so the sectors beside a gap stay empty.
	ops.push({
		kind: 'fill',
		shapes: runs.map((run) => (closed ? run : [center, ...run])),
		color: colors.fill
	});
	for (const run of runs) {
		if (run.length > 1)
			ops.push({ kind: 'path', points: run, closed, stroke: colors.accent, width: 6 });
	}
	for (const p of points) {
		if (p) ops.push({ kind: 'dot', at: p, radius: 9, color: colors.accent, ring: colors.surface });
	}
	placed.forEach((box, i) => {
		const x =
			box.align === 'left'
				? box.left
				: box.align === 'right'
					? box.right
					: (box.left + box.right) / 2;
		ops.push(...placeLines(labels[i] ?? [], x, box.top, box.align));
	});
	return { ops, fits: plan.layout.fits };
}

/** Paints planned operations onto a context. */
function paint(ctx: CardContext, ops: readonly CardOp[]) {
	ctx.lineJoin = 'round';
	ctx.lineCap = 'round';
	ctx.textBaseline = 'middle';
	for (const op of ops) {
		switch (op.kind) {
			case 'rect':
				ctx.fillStyle = op.color;
				ctx.fillRect(
					op.box.left,
					op.box.top,
					op.box.right - op.box.left,
					op.box.bottom - op.box.top
				);
				break;
			case 'text':
				ctx.font = cssFont(op.font);
				ctx.fillStyle = op.color;
				ctx.textAlign = op.align;
				ctx.fillText(op.text, op.x, op.y);
				break;
			case 'path':
				ctx.beginPath();
				tracePath(ctx, op.points, op.closed);
				ctx.strokeStyle = op.stroke;
				ctx.lineWidth = op.width;
				ctx.stroke();
				break;
			case 'fill':
				ctx.beginPath();
				for (const shape of op.shapes) tracePath(ctx, shape);
				ctx.fillStyle = op.color;
				ctx.fill();
				break;
			case 'dot':
				ctx.beginPath();
				ctx.arc(op.at.x, op.at.y, op.radius, 0, 2 * Math.PI);
				ctx.fillStyle = op.color;
				ctx.fill();
				ctx.lineWidth = 3;
				ctx.strokeStyle = op.ring;
				ctx.stroke();
				break;
		}
	}
}

/** Draws the card onto a context whose canvas is cardSize(input.size). */
export function drawCard(ctx: CardContext, input: CardInput): void {
	const measure: MeasureText = (text, font) => {
		ctx.font = font;
		return ctx.measureText(text).width;
	};
	ctx.save();
	paint(ctx, planCard(input, measure));
	ctx.restore();
}

/** Draws the card on a new canvas (an OffscreenCanvas where there is one) and returns a PNG. */
export async function renderCard(input: CardInput): Promise<Blob> {
	const { width, height } = cardSize(input.size);
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		const ctx = canvas.getContext('2d');
		if (ctx) {
			drawCard(ctx, input);
			return canvas.convertToBlob({ type: 'image/png' });
		}
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas context for the share picture');
	drawCard(ctx, input);
	return new Promise((resolve, reject) => {
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the share picture'))),
			'image/png'
		);
	});
}
