import { describe, expect, it, vi } from 'vitest';
import { deliverPicture, deliverText, type ShareDevice } from './deliver';

const file = new File([new Uint8Array([1, 2, 3])], 'valkompass-square.png', { type: 'image/png' });
const link = 'https://example.org/delat/#R1abc';

function device(over: Partial<ShareDevice> = {}) {
	const calls = { shared: [] as ShareData[], downloaded: [] as File[], copied: [] as string[] };
	const d: ShareDevice = {
		share: async (data) => void calls.shared.push(data),
		canShare: () => true,
		download: (f) => void calls.downloaded.push(f),
		copy: async (text) => void calls.copied.push(text),
		...over
	};
	return { d, calls };
}

const abort = () => Object.assign(new Error('closed'), { name: 'AbortError' });

describe('deliverPicture', () => {
	it('shares the picture with the link through the share sheet where it takes files', async () => {
		const { d, calls } = device();
		expect(await deliverPicture(d, file, link, 'Hur mycket håller du med?')).toBe('shared');
		expect(calls.shared[0]?.files).toEqual([file]);
		expect(calls.shared[0]?.text).toContain(link);
		expect(calls.downloaded).toEqual([]);
	});

	it('does nothing more when the person closes the sheet', async () => {
		const { d, calls } = device({ share: () => Promise.reject(abort()) });
		expect(await deliverPicture(d, file, link, 't')).toBe('cancelled');
		expect(calls.downloaded).toEqual([]);
		expect(calls.copied).toEqual([]);
	});

	it('downloads and copies where there is no sheet, or the sheet refuses', async () => {
		const none = device({ share: undefined, canShare: undefined });
		expect(await deliverPicture(none.d, file, link, 't')).toBe('downloaded-and-copied');
		expect(none.calls.downloaded).toEqual([file]);
		expect(none.calls.copied).toEqual([link]);
		const refused = device({ share: () => Promise.reject(new Error('NotAllowedError')) });
		expect(await deliverPicture(refused.d, file, link, 't')).toBe('downloaded-and-copied');
		const noFiles = device({ canShare: () => false });
		expect(await deliverPicture(noFiles.d, file, link, 't')).toBe('downloaded-and-copied');
		expect(noFiles.calls.shared).toEqual([]);
	});

	it('reports each failure instead of throwing', async () => {
		const noClipboard = device({ share: undefined, copy: () => Promise.reject(new Error('no')) });
		expect(await deliverPicture(noClipboard.d, file, link, 't')).toBe('downloaded');
		const noDownload = device({
			share: undefined,
			download: () => {
				throw new Error('blocked');
			}
		});
		expect(await deliverPicture(noDownload.d, file, link, 't')).toBe('copied');
		const nothing = device({
			canShare: () => {
				throw new Error('odd browser');
			},
			download: () => {
				throw new Error('blocked');
			},
			copy: () => Promise.reject(new Error('no'))
		});
		expect(await deliverPicture(nothing.d, file, link, 't')).toBe('failed');
	});
});

describe('deliverText', () => {
	it('uses the share sheet, else copies the fallback text', async () => {
		const share = vi.fn(async () => undefined);
		const { d } = device({ share });
		expect(await deliverText(d, { text: 'Min kod: A1' }, 'A1')).toBe('shared');
		expect(share).toHaveBeenCalledWith({ text: 'Min kod: A1' });
		const none = device({ share: undefined });
		expect(await deliverText(none.d, { text: 'Min kod: A1' }, 'A1')).toBe('copied');
		expect(none.calls.copied).toEqual(['A1']);
		const closed = device({ share: () => Promise.reject(abort()) });
		expect(await deliverText(closed.d, { text: 'x' }, 'x')).toBe('cancelled');
		expect(closed.calls.copied).toEqual([]);
	});
});
