/** Building the site when needed, and serving it with `vite preview` on a free port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { forceBuild } from './context';

/** A free TCP port on localhost. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Runs `vite build` when build/ is missing or --build is given. */
export function buildIfNeeded() {
	if (!forceBuild && existsSync('build/index.html')) return;
	console.log('Building the site (vite build) ...');
	// A local build needs a site address for its link previews; the preview server's will do.
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { SITE_URL: 'http://localhost', ...process.env }
	});
	if (result.status !== 0) throw new Error('vite build failed');
}

/** The preview server: vite itself (not npx) in its own process group, so it can be killed. */
export class PreviewServer {
	readonly origin: string;
	#process: ChildProcess;

	private constructor(port: number, child: ChildProcess) {
		this.origin = `http://localhost:${port}`;
		this.#process = child;
	}

	/** Starts `vite preview` on a free port and waits until it answers. */
	static async start(): Promise<PreviewServer> {
		const port = await freePort();
		const child = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
			{ detached: true, stdio: 'ignore' }
		);
		const server = new PreviewServer(port, child);
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error('vite preview exited early');
			try {
				if ((await fetch(server.origin + '/')).ok) return server;
			} catch {
				// Not listening yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		server.stop();
		throw new Error('vite preview did not start within 30 s');
	}

	/** Kills the server's whole process group; safe to call twice. */
	stop() {
		const pid = this.#process.pid;
		if (pid === undefined || this.#process.exitCode !== null) return;
		try {
			process.kill(-pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	}
}

/** Starts the preview server and stops it however the process ends. */
export async function startServer(): Promise<PreviewServer> {
	const server = await PreviewServer.start();
	const stop = () => server.stop();
	process.on('exit', stop);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			stop();
			process.exit(130);
		});
	}
	return server;
}
