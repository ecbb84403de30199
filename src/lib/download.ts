/** Hands a blob to the browser as a file download (browser only). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * CSV text as a file, UTF-8 with a byte-order mark: spreadsheet apps then read München and Zürich
 * correctly.
 */
export const csvBlob = (text: string): Blob =>
  new Blob([text.startsWith('\uFEFF') ? text : `\uFEFF${text}`], { type: 'text/csv;charset=utf-8' });

/** CSV text as a file download (`csvBlob`). */
export function saveCsv(text: string, fileName: string): void {
  saveBlob(csvBlob(text), fileName);
}
