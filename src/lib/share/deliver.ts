/**
 * How a picture, a link or a code leaves the page: through the system share sheet where the
 * browser has one, else by download and copy. Plain TypeScript over a small browser interface, so
 * every path (shared, cancelled, refused, failed) is tested in Node.
 */

/** The parts of the browser that sharing uses. */
export interface ShareDevice {
	share?: (data: ShareData) => Promise<void>;
	canShare?: (data: ShareData) => boolean;
	/** Saves a file on the device (a download); may throw. */
	download: (file: File) => void;
	/** Copies text to the clipboard; rejects when it cannot. */
	copy: (text: string) => Promise<void>;
}

/** What happened, for the status line. */
export type Delivery =
	'shared' | 'cancelled' | 'downloaded-and-copied' | 'downloaded' | 'copied' | 'failed';

/** Whether an error from navigator.share means the person closed the sheet. */
function cancelled(error: unknown): boolean {
	return error instanceof Error && error.name === 'AbortError';
}

/**
 * Shares a picture with the link: through the share sheet when it takes files, else (or when the
 * sheet fails) downloads the picture and copies the link. Never throws.
 */
export async function deliverPicture(
	device: ShareDevice,
	file: File,
	link: string,
	text: string
): Promise<Delivery> {
	const data: ShareData = { files: [file], text: `${text} ${link}` };
	let canShareFiles = false;
	try {
		canShareFiles = !!device.share && !!device.canShare?.({ files: [file] });
	} catch {
		canShareFiles = false;
	}
	if (canShareFiles && device.share) {
		try {
			await device.share(data);
			return 'shared';
		} catch (error) {
			if (cancelled(error)) return 'cancelled';
			// Refused (for example no permission): fall back to download and copy.
		}
	}
	try {
		device.download(file);
	} catch {
		return (await copyText(device, link)) === 'copied' ? 'copied' : 'failed';
	}
	return (await copyText(device, link)) === 'copied' ? 'downloaded-and-copied' : 'downloaded';
}

/**
 * Shares a text (a link or a code) through the share sheet where there is one, else copies it.
 * Never throws.
 */
export async function deliverText(
	device: ShareDevice,
	data: { text: string; url?: string; title?: string },
	fallback: string
): Promise<Delivery> {
	if (device.share) {
		try {
			await device.share(data);
			return 'shared';
		} catch (error) {
			if (cancelled(error)) return 'cancelled';
		}
	}
	return copyText(device, fallback);
}

/** Copies a text; 'copied' or 'failed'. Never throws. */
export async function copyText(device: ShareDevice, text: string): Promise<Delivery> {
	try {
		await device.copy(text);
		return 'copied';
	} catch {
		return 'failed';
	}
}

/** The browser's share sheet, clipboard and downloads. */
export function browserDevice(): ShareDevice {
	return {
		share: typeof navigator.share === 'function' ? (data) => navigator.share(data) : undefined,
		canShare:
			typeof navigator.canShare === 'function' ? (data) => navigator.canShare(data) : undefined,
		copy: (text) => navigator.clipboard.writeText(text),
		download: (file) => {
			const url = URL.createObjectURL(file);
			const link = document.createElement('a');
			link.href = url;
			link.download = file.name;
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 10_000);
		}
	};
}
