/**
 * Where the page really is (links to share must open there) and whether the browser has a
 * system share sheet: both known only in the browser, so they are read once the component that
 * creates this has mounted. Create it during a component's initialisation.
 */
import { onMount } from 'svelte';

export class PagePlace {
	#origin = $state('');
	#canShare = $state(false);

	constructor() {
		onMount(() => {
			this.#origin = window.location.origin;
			this.#canShare = typeof navigator.share === 'function';
		});
	}

	/** The page's origin ('' until mounted). */
	get origin(): string {
		return this.#origin;
	}

	/** Whether navigator.share exists (false until mounted). */
	get canShare(): boolean {
		return this.#canShare;
	}
}
