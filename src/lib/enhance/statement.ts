/**
 * The statement page's behaviour in the browser: it shows the saved answer, saves every change,
 * moves on with the keyboard and tells the person what changed since they last answered. The
 * page's markup comes from src/routes/[[lang=lang]]/fraga/[nr]/+page.svelte; the data-* hooks
 * used here are named there.
 */
import {
	AnswerStore,
	canMarkImportant,
	withAnswer,
	withImportant,
	withSkip
} from '../quiz/answers';
import type { ScriptMessages } from '../i18n/sv-script';
import { answerValues, isAnswerValue, type Answers, type AnswerValue } from '../quiz/scoring';
import { need } from './dom';
import { canStore } from '../quiz/persisted';
import type { PageData } from './page-data';

export function enhanceStatement(form: HTMLFormElement, data: PageData, t: ScriptMessages): void {
	const id = form.dataset.statement ?? '';
	const store = new AnswerStore(data);
	const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][name="answer"]')];
	const important = need<HTMLInputElement>(form, 'input[name="important"]');
	const hint = need<HTMLElement>(document, '#important-hint');
	// The page shows the hint for an unanswered statement; the other one is in an attribute.
	const hints = {
		unanswered: (hint.textContent ?? '').trim(),
		answered: hint.dataset.answered ?? ''
	};
	const heading = need<HTMLElement>(document, 'h1');
	const next = need<HTMLAnchorElement>(form, 'a[rel="next"]');
	const prev = need<HTMLAnchorElement>(form, 'a[rel="prev"]');
	const index = Number(form.dataset.index);
	const changeNotice = need<HTMLElement>(document, '[data-change-notice]');
	const saveFailed = need<HTMLElement>(document, '[data-save-failed]');
	const readProblem = need<HTMLElement>(document, '[data-read-problem]');

	let answers: Answers = {};

	function show() {
		const answer = answers[id];
		for (const radio of radios) radio.checked = answer?.value === Number(radio.value);
		const markable = canMarkImportant(answers, id);
		important.disabled = !markable;
		important.checked = markable && (answer?.important ?? false);
		hint.textContent = markable ? hints.answered : hints.unanswered;
	}

	function save(changed: Answers) {
		answers = changed;
		const saved = store.write(answers);
		saveFailed.hidden = saved;
		// Once saved against the current statements there is nothing more to tell.
		if (saved) changeNotice.hidden = true;
		show();
	}

	function go(link: HTMLAnchorElement) {
		window.location.assign(link.href);
	}

	function choose(value: AnswerValue) {
		save(withAnswer(answers, id, value));
	}

	function skip() {
		save(withSkip(answers, id));
		go(next);
	}

	/**
	 * Shows the saved answer. On a fresh load, a radio already ticked was ticked by the person
	 * before this script ran (the form has autocomplete off, so the browser restores nothing):
	 * it wins. A page restored from the back-forward cache shows storage as it is now.
	 */
	function load(restored: boolean) {
		const read = store.read();
		answers = read.answers;
		readProblem.hidden = !read.problem;
		// Storage that cannot be written is said at once: a key press moves on before a failed
		// save could be shown.
		saveFailed.hidden = canStore();
		if (read.change) {
			const { added, removed, changed } = read.change;
			need<HTMLElement>(changeNotice, 'p').textContent = t.changed(
				added.length - changed.length,
				removed.length - changed.length,
				changed.length,
				changed.includes(id)
			);
		}
		changeNotice.hidden = read.change === null;
		const picked = restored ? undefined : radios.find((radio) => radio.checked);
		const value = picked ? Number(picked.value) : NaN;
		if (isAnswerValue(value) && answers[id]?.value !== value) choose(value);
		else show();
	}

	for (const radio of radios) {
		radio.addEventListener('change', () => {
			const value = Number(radio.value);
			if (isAnswerValue(value)) choose(value);
		});
	}
	important.addEventListener('change', () => save(withImportant(answers, id, important.checked)));
	need<HTMLButtonElement>(form, '[data-skip]').addEventListener('click', skip);
	need<HTMLButtonElement>(changeNotice, 'button').addEventListener('click', () => {
		save(answers);
		changeNotice.hidden = true;
		heading.focus();
	});
	form.addEventListener('submit', (event) => event.preventDefault());

	window.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input[type="text"], textarea, select, [contenteditable]')) return;
		const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
		if (/^[1-5]$/.test(event.key)) {
			event.preventDefault();
			choose(answerValues[Number(event.key) - 1]!);
			go(next);
		} else if (event.key === 's' || event.key === 'S') {
			event.preventDefault();
			skip();
		} else if (event.key === 'ArrowRight' && !onRadio) {
			event.preventDefault();
			go(next);
		} else if (event.key === 'ArrowLeft' && !onRadio && index > 0) {
			event.preventDefault();
			go(prev);
		}
	});

	// A page restored from the back-forward cache may show answers changed since on another page.
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) load(true);
	});

	load(false);
	// Every statement is its own page: put focus on its text, so that it is read out first and
	// Tab goes on to the answers; unless the person is already using a control on it.
	if (!form.contains(document.activeElement)) heading.focus();
}
