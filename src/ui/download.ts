/** Offer a Blob to the user as a file download (export, snapshot). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // the browser has started reading the URL by now; keep it a while for slow disks
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
