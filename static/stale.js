// Shows the "reload" notice (rendered hidden into every page by UpdateNotice.svelte) when a
// script or style of this version of the site cannot be loaded: a deploy has replaced it while
// the page was open, or a cache served an old page. A plain file with a fixed name, loaded
// before any other script, so that it works when those are the ones missing.
(function () {
	var shown = false;
	function show() {
		if (shown || !navigator.onLine) return;
		var notice = document.querySelector('[data-stale]');
		if (!notice) return;
		shown = true;
		notice.hidden = false;
		var button = notice.querySelector('button');
		if (button)
			button.addEventListener('click', function () {
				location.reload();
			});
	}
	var missing = /\/_app\/immutable\//;
	// A <script> or <link> of the site that failed to load (errors of elements do not bubble).
	addEventListener(
		'error',
		function (event) {
			var target = event.target;
			var url = target && (target.src || target.href);
			if (typeof url === 'string' && missing.test(url)) show();
		},
		true
	);
	// A dynamic import that failed, whether or not the page handled it.
	addEventListener('vite:preloadError', show);
	addEventListener('unhandledrejection', function (event) {
		var message = String((event.reason && event.reason.message) || event.reason);
		if (/dynamically imported module|module script failed|Importing a module/i.test(message))
			show();
	});
})();
