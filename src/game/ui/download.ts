/**
 * Offer a value as a JSON file to save. Whatever it holds (a damaged record may hold anything
 * storage can keep) is written as text; nothing in it is run or shown as HTML.
 */
export function downloadJson(fileName: string, value: unknown): void {
  let text: string;
  try {
    text = JSON.stringify(
      value,
      (_key, member: unknown) => (typeof member === 'bigint' ? member.toString() : member),
      2,
    );
  } catch {
    text = JSON.stringify(String(value));
  }
  downloadText(fileName, text ?? 'null', 'application/json');
}

/** Offer text (a CSV, a JSON file) to save under `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
