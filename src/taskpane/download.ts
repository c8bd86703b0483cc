/**
 * Saves a file from the pane through an anchor with `download`: the one way
 * every Office web view offers (Excel on the web, WebView2 on Windows).
 */
export function downloadFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked after the click has been handled, not before.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file's text as UTF-8; through FileReader where Blob.text() is missing (older web views). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}
