/**
 * Whether the site is offline, and whether a new version of it is waiting in the service worker.
 * Plain TypeScript, no Svelte: the layout's update notice and the small script of the first page
 * and the statement pages both use it.
 */

export interface UpdateWatch {
	/** Asks the waiting version to take over; the page then reloads from it. */
	update(): void;
	/** Stops watching. */
	stop(): void;
}

/**
 * Calls `offline` with the connection state now and on every change, and `waiting` once a new
 * version has installed while an older one controls the page.
 */
export function watchUpdates(on: {
	offline: (offline: boolean) => void;
	waiting: (worker: ServiceWorker) => void;
}): UpdateWatch {
	let waiting: ServiceWorker | null = null;
	let updating = false;
	const found = (worker: ServiceWorker) => {
		waiting = worker;
		on.waiting(worker);
	};

	const updateOnline = () => on.offline(!navigator.onLine);
	updateOnline();
	window.addEventListener('online', updateOnline);
	window.addEventListener('offline', updateOnline);

	// Only after the person asked for the new version: the first install also changes the
	// controller (clients.claim), and that must not reload the page under them.
	const onControllerChange = () => {
		if (!updating) return;
		updating = false;
		window.location.reload();
	};
	const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	workers?.addEventListener('controllerchange', onControllerChange);
	workers?.getRegistration().then((registration) => {
		if (!registration) return;
		const watch = (worker: ServiceWorker | null) => {
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && workers.controller) found(worker);
			});
		};
		// A version that finished installing before this page opened.
		if (registration.waiting && workers.controller) found(registration.waiting);
		registration.addEventListener('updatefound', () => watch(registration.installing));
	});

	return {
		update() {
			if (!waiting) return;
			updating = true;
			waiting.postMessage('skip-waiting');
		},
		stop() {
			window.removeEventListener('online', updateOnline);
			window.removeEventListener('offline', updateOnline);
			workers?.removeEventListener('controllerchange', onControllerChange);
		}
	};
}
