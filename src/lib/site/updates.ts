/**
 * The service worker from the page's side: registering it, whether the site is offline, and
 * whether a new version of it is waiting. Plain TypeScript, no Svelte: the layout's update notice
 * and the small script of the first page and the statement pages both use it.
 *
 * Service workers can be missing or blocked (a privacy setting, a school's policy, a private
 * window): every call here then does nothing, and never leaves a rejected promise behind.
 */

export interface UpdateWatch {
	/** Switches to the new version and reloads the page, in this tab or any other. */
	update(): void;
	/** Stops watching. */
	stop(): void;
}

/** The browser's service-worker container, or null where there is none or it is blocked. */
function container(): ServiceWorkerContainer | null {
	try {
		return 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	} catch {
		return null;
	}
}

/**
 * Registers the service worker at `url` once the page has loaded (production builds only).
 * Where service workers are blocked, the site simply works without offline use.
 */
export function registerServiceWorker(url: string): void {
	const workers = container();
	if (!workers || !import.meta.env.PROD) return;
	const register = () => {
		workers.register(url).catch(() => {
			// Blocked by a policy or a setting: nothing to do, the pages work online.
		});
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}

/**
 * Calls `offline` with the connection state now and on every change, and `waiting` once a new
 * version has installed while an older one controls the page.
 */
// eslint-disable-next-line max-lines-per-function -- the listeners it adds and removes share its state
export function watchUpdates(on: {
	offline: (offline: boolean) => void;
	waiting: (worker: ServiceWorker) => void;
}): UpdateWatch {
	let waiting: ServiceWorker | null = null;
	let updating = false;
	let stopped = false;
	const found = (worker: ServiceWorker) => {
		if (stopped) return;
		waiting = worker;
		on.waiting(worker);
	};

	const updateOnline = () => on.offline(!navigator.onLine);
	updateOnline();
	window.addEventListener('online', updateOnline);
	window.addEventListener('offline', updateOnline);

	const workers = container();
	const firstController = workers?.controller ?? null;
	// Only after the person asked for the new version: the first install also changes the
	// controller (clients.claim), and that must not reload the page under them.
	const onControllerChange = () => {
		if (updating) window.location.reload();
	};
	workers?.addEventListener('controllerchange', onControllerChange);

	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const check = () => {
			if (worker.state === 'installed' && workers?.controller) found(worker);
		};
		check();
		worker.addEventListener('statechange', check);
	};
	workers
		?.getRegistration()
		.then((registration) => {
			if (!registration) return;
			// A version that finished installing before this page opened, or is installing now.
			if (registration.waiting && workers.controller) found(registration.waiting);
			watch(registration.installing);
			registration.addEventListener('updatefound', () => watch(registration.installing));
		})
		.catch(() => {
			// Blocked: no updates to watch.
		});

	return {
		update() {
			if (!waiting) return;
			updating = true;
			// Another tab may have switched to the new version already: then there is nothing to
			// wait for, and this tab's controller has changed (or will never change again).
			const alreadyActive =
				waiting.state === 'activated' ||
				waiting.state === 'redundant' ||
				(workers?.controller ?? null) !== firstController;
			if (alreadyActive) {
				window.location.reload();
				return;
			}
			waiting.postMessage('skip-waiting');
			// Should the controller change be missed, reload anyway: the new version is active.
			waiting.addEventListener('statechange', () => {
				if (waiting?.state === 'activated') window.setTimeout(() => window.location.reload(), 500);
			});
		},
		stop() {
			stopped = true;
			window.removeEventListener('online', updateOnline);
			window.removeEventListener('offline', updateOnline);
			workers?.removeEventListener('controllerchange', onControllerChange);
		}
	};
}
