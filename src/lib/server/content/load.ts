/**
 * Loads and validates a content pack from its files. Pure: it takes the files' texts, so the
 * build (via import.meta.glob), scripts (via fs) and tests (via fixtures) all use it alike.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { layoutOf } from '../../codes/history';
import { collapseWhitespace, findQuote, normaliseSource } from '../../content/quote';
import type { GlossaryTerm, Pack, Section, Statement, Topic } from '../../content/types';
import { contentVersion, fingerprintsOf } from '../../content/version';
import {
	glossaryFileSchema,
	historyFileSchema,
	programFileSchema,
	statementSchema,
	topicFileSchema
} from './schema';

/** A content mistake: the message names the file, and the statement id and field when known. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly detail: string
	) {
		super(`${file}: ${detail}`);
		this.name = 'ContentError';
	}
}

/** The files of one pack, keyed by path relative to the pack folder ('program.yaml', 'topics/01-x.yaml', ...). */
export type PackFiles = Record<string, string>;

function formatIssues(error: z.ZodError, prefix = ''): string {
	return error.issues
		.map((issue) => {
			const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
			return `field ${field || '(root)'}: ${issue.message}`;
		})
		.join('; ');
}

function parseYaml(file: string, text: string): unknown {
	try {
		return parse(text);
	} catch (error) {
		throw new ContentError(file, `is not valid YAML: ${(error as Error).message}`);
	}
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, context = ''): T {
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new ContentError(file, `${context}${formatIssues(result.error)}`);
	}
	return result.data;
}

/**
 * Validates a pack's files and returns the pack. `dir` is only used in messages
 * (e.g. 'questions/vasternorrland'), so that an error names the file as the author sees it.
 */
export function loadPack(files: PackFiles, dir: string): Pack {
	const name = (path: string) => `${dir}/${path}`;
	const program = loadProgram(files, name('program.yaml'));
	const { source, sections } = loadSource(files, program, dir, name('program.yaml'));
	const glossary = loadGlossary(files['glossary.yaml'], name('glossary.yaml'));
	const termIds = new Set(glossary.map((term) => term.id));
	const topics = loadTopics(files, name, { source, sections, termIds });
	const version = contentVersion(topics);
	const history = loadHistory(files['history.json'], name('history.json'));
	// The current layout always counts, whether or not history.json has recorded it yet.
	history[version] = { ...layoutOf({ topics }), fingerprints: fingerprintsOf(topics) };

	return {
		id: program.id,
		party: program.party,
		title: program.title,
		subtitle: program.subtitle,
		source: program.source,
		date: program.date,
		...(program.age ? { age: program.age } : {}),
		...(program.scope ? { scope: program.scope } : {}),
		version,
		sections: sections.map(({ heading, line }) => ({ heading, line })),
		topics,
		glossary,
		history
	};
}

type ProgramFile = z.infer<typeof programFileSchema>;

/** program.yaml, validated. */
function loadProgram(files: PackFiles, file: string): ProgramFile {
	const programText = files['program.yaml'];
	if (programText === undefined) throw new ContentError(file, 'file is missing');
	return validate(programFileSchema, parseYaml(file, programText), file);
}

/** The program's text, normalised for quote matching, and its sections with their spans. */
function loadSource(files: PackFiles, program: ProgramFile, dir: string, file: string) {
	const sourceText = files[program.source.file];
	if (sourceText === undefined) {
		throw new ContentError(file, `field source.file: no file ${program.source.file} in ${dir}`);
	}
	const source = normaliseSource(sourceText);
	return { source, sections: checkSections(program.sections, sourceText, source, file) };
}

/** glossary.yaml (optional), validated, with every term id used once. */
function loadGlossary(glossaryText: string | undefined, file: string): GlossaryTerm[] {
	if (glossaryText === undefined) return [];
	const glossary = validate(glossaryFileSchema, parseYaml(file, glossaryText), file).terms;
	const termIds = new Set<string>();
	for (const term of glossary) {
		if (termIds.has(term.id)) {
			throw new ContentError(file, `term "${term.id}": id is used twice`);
		}
		termIds.add(term.id);
	}
	return glossary;
}

/** What a statement is checked against: the program's text and sections, the glossary's ids. */
interface StatementChecks {
	source: ReturnType<typeof normaliseSource>;
	sections: SectionSpan[];
	termIds: ReadonlySet<string>;
}

/** Every topics/*.yaml in file-name order, validated; ids (topics and statements) used once. */
function loadTopics(
	files: PackFiles,
	name: (path: string) => string,
	checks: StatementChecks
): Topic[] {
	const topicPaths = Object.keys(files)
		.filter((path) => /^topics\/[^/]+\.ya?ml$/.test(path))
		.sort();
	if (topicPaths.length === 0) throw new ContentError(name('topics/'), 'no topic files found');

	// Where each id (topic or statement) was first used, to name both files when one repeats.
	const seen = new Map<string, string>();
	return topicPaths.map((path) => {
		const file = name(path);
		const topicFile = validate(topicFileSchema, parseYaml(file, files[path] ?? ''), file);
		if (seen.has(topicFile.id)) {
			throw new ContentError(
				file,
				`field id: topic id "${topicFile.id}" is also used in ${seen.get(topicFile.id)}`
			);
		}
		seen.set(topicFile.id, file);
		const statements = topicFile.statements.map((raw, index) =>
			loadStatement(raw, index, topicFile.id, file, seen, checks)
		);
		return { id: topicFile.id, file, name: topicFile.name, statements };
	});
}

/** One statement of a topic file: valid, its id unused, its section known, its quote verbatim. */
function loadStatement(
	raw: unknown,
	index: number,
	topic: string,
	file: string,
	seen: Map<string, string>,
	{ source, sections, termIds }: StatementChecks
): Statement {
	const rawId = (raw as { id?: unknown } | null)?.id;
	const label = typeof rawId === 'string' ? `statement "${rawId}"` : `statement #${index + 1}`;
	const parsed = validate(statementSchema, raw, file, `${label}, `);
	const where = `statement "${parsed.id}"`;
	if (seen.has(parsed.id)) {
		throw new ContentError(file, `${where}, field id: id is also used in ${seen.get(parsed.id)}`);
	}
	seen.set(parsed.id, file);
	const section = sections.find((s) => s.heading === parsed.section);
	if (!section) {
		throw new ContentError(
			file,
			`${where}, field section: "${parsed.section}" is none of the program's section headings (${sections.map((s) => `"${s.heading}"`).join(', ')})`
		);
	}
	const quote = collapseWhitespace(parsed.quote);
	if (findQuote(source, quote, section.from, section.to) < 0) {
		const elsewhere = findQuote(source, quote) >= 0;
		throw new ContentError(
			file,
			`${where}, field quote: ${elsewhere ? `is in the program, but in another section than "${section.heading}"` : 'is not verbatim in the program text'}`
		);
	}
	for (const term of parsed.terms) {
		if (!termIds.has(term)) {
			throw new ContentError(file, `${where}, field terms: "${term}" is not in glossary.yaml`);
		}
	}
	return { ...parsed, quote, topic };
}

/** history.json (optional): the layouts of earlier content versions. */
function loadHistory(historyText: string | undefined, file: string): Pack['history'] {
	if (historyText === undefined) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(historyText);
	} catch (error) {
		throw new ContentError(file, `is not valid JSON: ${(error as Error).message}`);
	}
	return validate(historyFileSchema, parsed, file);
}

interface SectionSpan extends Section {
	from: number;
	to: number;
}

/** Checks that each section heading starts on its stated line, and returns its text span. */
function checkSections(
	sections: Section[],
	sourceText: string,
	source: ReturnType<typeof normaliseSource>,
	file: string
): SectionSpan[] {
	const lineCount = source.lineStarts.length;
	return sections.map((section, index) => {
		const field = `field sections.${index}`;
		if (section.line > lineCount) {
			throw new ContentError(file, `${field}.line: the source has only ${lineCount} lines`);
		}
		const next = sections[index + 1];
		if (next && next.line <= section.line) {
			throw new ContentError(
				file,
				`${field + 1}.line: sections must be in the order of the source`
			);
		}
		const from = source.lineStarts[section.line - 1] ?? 0;
		const to = next ? (source.lineStarts[next.line - 1] ?? source.text.length) : source.text.length;
		// The heading may run over a few lines and follow a stray list bullet from the PDF.
		const headingAt = findQuote(source, section.heading, from, Math.min(to, from + 200));
		const lead = sourceText.split(/\r?\n/)[section.line - 1] ?? '';
		if (headingAt < 0 || headingAt - from > 4) {
			throw new ContentError(
				file,
				`${field}.heading: "${section.heading}" does not start line ${section.line} (which reads "${lead.trim()}")`
			);
		}
		return { ...section, from, to };
	});
}
