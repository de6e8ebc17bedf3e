/**
 * Where the page really is (links to share must open there) and whether the browser has a
 * system share sheet: both known only in the browser, so they are read once the component that
 * creates this has mounted. Create it during a component's initialisation.
 */
import { onMount } from 'svelte';

export class PagePlace {
	#href = $state('');
	#canShare = $state(false);

	constructor() {
		onMount(() => {
			// Without the fragment: a link made here carries its own.
			this.#href = window.location.href.split('#')[0]!;
			this.#canShare = typeof navigator.share === 'function';
		});
	}

	/** The page's address without its fragment ('' until mounted). */
	get href(): string {
		return this.#href;
	}

	/** Whether navigator.share exists (false until mounted). */
	get canShare(): boolean {
		return this.#canShare;
	}
}
