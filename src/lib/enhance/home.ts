/**
 * The first page's behaviour in the browser: when answers are saved on this device, it offers to
 * go on where the person left off, to see the result, or to start over. The markup comes from
 * src/routes/[[lang=lang]]/+page.svelte; the data-* hooks used here are named there.
 */
import { AnswerStore, resumeNumber } from '../quiz/answers';
import type { ScriptMessages } from '../i18n/sv-script';
import { need } from './dom';
import type { PageData } from './page-data';

export function enhanceHome(actions: HTMLElement, data: PageData, t: ScriptMessages): void {
	const store = new AnswerStore(data);
	const fresh = need<HTMLElement>(actions, '[data-fresh]');
	const saved = need<HTMLElement>(actions, '[data-saved]');
	const resume = need<HTMLAnchorElement>(saved, 'a[data-resume]');
	const start = need<HTMLAnchorElement>(fresh, 'a');

	function show() {
		const { answers } = store.read();
		const count = Object.keys(answers).length;
		if (count > 0) {
			resume.href = `${data.statementBase}${resumeNumber(data.ids, answers)}/`;
			resume.textContent = t.resume(count, data.ids.length);
		}
		fresh.hidden = count > 0;
		saved.hidden = count === 0;
	}
	show();
	// Back from a statement, the browser may show this page as it was before the answers.
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) show();
	});

	const startOver = need<HTMLButtonElement>(saved, '[data-start-over]');
	startOver.addEventListener('click', () => {
		if (!confirm(startOver.dataset.confirm ?? '')) return;
		store.clear();
		saved.hidden = true;
		fresh.hidden = false;
		start.focus();
	});
}
