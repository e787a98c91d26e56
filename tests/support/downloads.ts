import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  /** The file name the app gave the download (`<a download>`). */
  name: string;
  blob: Blob;
}

/**
 * Captures what the app hands to the browser's download: the blob of the object URL and the name
 * of the link clicked with `download`. Call at the top of a file or `describe`; the array is
 * emptied before each test.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  beforeEach(() => {
    downloads.length = 0;
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (this.download && blob) downloads.push({ name: this.download, blob });
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return downloads;
}
