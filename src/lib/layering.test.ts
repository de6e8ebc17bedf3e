/**
 * The layering rules of eslint.config.js, checked on small snippets that break them, so that a
 * change of the config (or of ESLint) cannot silently switch a rule off. Each snippet is linted
 * as if it were a file at the given path; the file need not exist, except for *.svelte.ts files,
 * which ESLint type-checks within the project.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as the file `path`. */
async function reported(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** [rule, file, snippet that breaks it] */
const violations: [string, string, string][] = [
	// Plain modules never import Svelte.
	[
		'layers/svelte-free',
		'src/lib/quiz/rules.ts',
		`import { onMount } from 'svelte';\nexport const x = onMount;\n`
	],
	[
		'layers/svelte-free',
		'src/lib/quiz/rules.ts',
		`import { fly } from 'svelte/transition';\nexport const x = fly;\n`
	],
	[
		'layers/svelte-free',
		'src/lib/content/x.ts',
		`import C from '../chart/RadarChart.svelte';\nexport const x = C;\n`
	],
	[
		'layers/svelte-free',
		'src/lib/content/x.ts',
		`import { Quiz } from '../quiz/quiz.svelte';\nexport const x = Quiz;\n`
	],
	[
		'layers/svelte-free',
		'src/lib/codes/x.ts',
		`import { Quiz } from '$lib/quiz/quiz.svelte.ts';\nexport const x = Quiz;\n`
	],
	// Product code never imports test helpers.
	[
		'layers/no-test-helpers',
		'src/lib/quiz/x.ts',
		`import { m } from '../testing/memory-storage';\nexport const x = m;\n`
	],
	[
		'layers/no-test-helpers',
		'src/lib/quiz/quiz.svelte.ts',
		`import { m } from '$lib/testing/memory-storage';\nexport const x = m;\n`
	],
	[
		'layers/no-test-helpers',
		'src/hooks.server.ts',
		`import { m } from '$lib/testing/memory-storage';\nexport const x = m;\n`
	],
	[
		'layers/no-test-helpers',
		'src/routes/[[lang=lang]]/x/+page.ts',
		`import { m } from '$lib/testing/x';\nexport const x = m;\n`
	],
	// Routes never import the build-time content loader, nor zod.
	[
		'layers/no-server',
		'src/routes/[[lang=lang]]/x/+page.ts',
		`import { pack } from '$lib/server/content';\nexport const x = pack;\n`
	],
	[
		'layers/no-server',
		'src/routes/[[lang=lang]]/x/+page.ts',
		`import { z } from 'zod';\nexport const x = z;\n`
	],
	[
		'layers/no-server',
		'src/routes/[[lang=lang]]/+layout.server.ts',
		`import { z } from 'zod';\nexport const x = z;\n`
	],
	// The first page and the statements never import chart.js, zod, qrcode, codes or other
	// languages' texts.
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { Chart } from 'chart.js';\nexport const x = Chart;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { z } from 'zod';\nexport const x = z;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import QR from 'qrcode';\nexport const x = QR;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { encodeAnswerCode as e } from '../codes/answer-code';\nexport const x = e;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { en } from '../i18n/en';\nexport const x = en;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { sv } from '$lib/i18n/sv.ts';\nexport const x = sv;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { messagesFor } from '../i18n';\nexport const x = messagesFor;\n`
	],
	[
		'layers/first-page',
		'src/lib/quiz/island/x.ts',
		`import { c } from '../i18n/en-classroom';\nexport const x = c;\n`
	],
	[
		'layers/svelte-free',
		'src/lib/quiz/island/x.ts',
		`import { onMount } from 'svelte';\nexport const x = onMount;\n`
	]
];

/** [file, snippet that keeps the rules] */
const allowed: [string, string][] = [
	['src/lib/quiz/rules.ts', `import { score } from './scoring';\nexport const x = score;\n`],
	['src/lib/quiz/quiz.svelte.ts', `import { onMount } from 'svelte';\nexport const x = onMount;\n`],
	[
		'src/lib/quiz/x.test.ts',
		`import { m } from '../testing/memory-storage';\nexport const x = m;\n`
	],
	['src/lib/quiz/rules.ts', `import type { Snippet } from 'svelte';\nexport type X = Snippet;\n`],
	[
		'src/routes/[[lang=lang]]/+layout.server.ts',
		`import { pack } from '$lib/server/content';\nexport const x = pack;\n`
	],
	[
		'src/lib/quiz/island/x.ts',
		`import { svQuiz } from '../i18n/sv-quiz';\nexport const x = svQuiz;\n`
	],
	[
		'src/lib/quiz/island/x.ts',
		`import { asLang } from '../i18n/langs';\nexport const x = asLang;\n`
	],
	[
		'src/lib/quiz/island/x.ts',
		`import { withAnswer } from '../quiz/answers';\nexport const x = withAnswer;\n`
	]
];

// Loading ESLint and the TypeScript project takes a few seconds the first time.
describe('layering (eslint.config.js)', { timeout: 60_000 }, () => {
	it.each(violations)('%s reports %s: %s', async (rule, path, code) => {
		expect(await reported(path, code)).toContain(rule);
	});

	it.each(allowed)('allows %s: %s', async (path, code) => {
		expect(await reported(path, code)).toEqual([]);
	});

	it('keeps branching rules out of routes (complexity) and exported functions out of route components', async () => {
		const branchy = `export const load = (n: number) => {\n${Array.from({ length: 9 }, (_, i) => `\tif (n === ${i}) return ${i};`).join('\n')}\n\treturn -1;\n};\n`;
		expect(await reported('src/routes/[[lang=lang]]/x/+page.ts', branchy)).toContain('complexity');
		expect(await reported('src/lib/quiz/x.ts', branchy)).toEqual([]);
		const exported = `export function rule(n: number) {\n\treturn n + 1;\n}\n`;
		expect(await reported('src/routes/[[lang=lang]]/x/helpers.ts', exported)).toContain(
			'no-restricted-syntax'
		);
		expect(await reported('src/routes/[[lang=lang]]/x/+page.ts', exported)).toEqual([]);
	});

	it('asks a function over 60 lines for its reason (tests exempt)', async () => {
		const long = (lines: number) =>
			`export function f(n: number) {\n${Array.from({ length: lines }, (_, i) => `\tn += ${i};`).join('\n')}\n\treturn n;\n}\n`;
		expect(await reported('src/lib/quiz/x.ts', long(70))).toContain('max-lines-per-function');
		expect(await reported('src/lib/quiz/x.ts', long(50))).toEqual([]);
		expect(await reported('src/lib/quiz/x.test.ts', long(70))).toEqual([]);
		const excused = `// eslint-disable-next-line max-lines-per-function -- a reason\n${long(70)}`;
		expect(await reported('src/lib/quiz/x.ts', excused)).toEqual([]);
	});
});
