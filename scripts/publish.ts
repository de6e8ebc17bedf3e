/**
 * Publishes build/ into the folder a web server serves (or a folder that is then uploaded as a
 * whole), keeping the previous builds' `_app/immutable/` files for a while so that tabs opened
 * before the deploy keep working; see src/build/publish.ts and the README, "Publishing".
 *
 * Run: npm run deploy -- <target folder> [--keep-days 7] [--from build]
 */
import { publish } from '../src/build/publish';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	if (at === -1) return undefined;
	const [value] = args.splice(at, 2).slice(1);
	return value;
};
const keepDays = Number(option('--keep-days') ?? 7);
const from = option('--from') ?? 'build';
const [target] = args;

if (!target || !Number.isFinite(keepDays) || keepDays < 0) {
	console.error('Usage: npm run deploy -- <target folder> [--keep-days 7] [--from build]');
	process.exit(2);
}
try {
	const report = publish(from, target, { keepDays });
	console.log(`Copied ${report.copied} files from ${from} to ${target}.`);
	console.log(`Kept ${report.kept.length} immutable files of earlier builds for open tabs.`);
	console.log(
		`Removed ${report.expired.length} expired immutable files and ${report.removed.length} old files.`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
