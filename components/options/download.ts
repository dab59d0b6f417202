// Saves text as a file through the browser's own download flow (no permission needed).
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
