/**
 * Draws the site's static pictures with Chromium: static/og.png, the 1200x630 preview that chat
 * apps and social media show for a pasted link, and the app icons of the web app manifest.
 * Run after changing the program's title or the logo: npx tsx scripts/make-images.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { readPackFiles } from '../src/lib/server/content/fs';
import { loadPack } from '../src/lib/server/content/load';

const pack = loadPack(readPackFiles('questions/vasternorrland'), 'questions/vasternorrland');
const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const html = `<!doctype html><html lang="sv"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:60px 80px;background:#f7f7f5;
font-family:system-ui,sans-serif;color:#1c2329;display:flex;flex-direction:column;justify-content:space-between;
border-bottom:18px solid #1d4f6e">
<div style="font-size:34px;font-weight:700;color:#1d4f6e">Valkompass</div>
<div>
<div style="font-size:54px;font-weight:800;line-height:1.15">Hur mycket håller du med om ”${escape(pack.title)}”?</div>
<div style="font-size:30px;margin-top:24px;color:#4d5963">${escape(pack.party)}s program för regional utveckling, påstående för påstående.</div>
</div>
<div style="font-size:25px;color:#4d5963">Ett partis program – ingen neutral jämförelse. Svaren stannar i din webbläsare.</div>
</div></body></html>`;

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-dev-shm-usage']
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'static/og.png' });
console.log('Wrote static/og.png');

// App icons from the favicon; the maskable one keeps the mark inside the 80 % safe zone.
const logo = readFileSync('static/favicon.svg', 'utf8');
for (const [file, size, inset] of [
	['static/icon-192.png', 192, 0],
	['static/icon-512.png', 512, 0],
	['static/icon-maskable-512.png', 512, 0.12]
] as const) {
	await page.setViewportSize({ width: size, height: size });
	const pad = Math.round(size * inset);
	await page.setContent(
		`<body style="margin:0;background:#1d4f6e"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${logo.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`
	);
	await page.screenshot({ path: file, omitBackground: false });
	console.log(`Wrote ${file}`);
}
await browser.close();
