/**
 * Files in and out of the page: reading what the user picked, and offering a download.
 */

/** The file picked in a file input, as text (null if none). */
export async function readFileInput(input: HTMLInputElement): Promise<{ readonly name: string; readonly text: string } | null> {
  const file = input.files?.[0];
  if (file === undefined) return null;
  const text = await file.text();
  input.value = ''; // the same file can be picked again after a fix
  return { name: file.name, text };
}

/**
 * Offers `text` as a download named `name`.
 *
 * @example
 * download('class-3.geneva.json', saveGame(game), 'application/json');
 */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
