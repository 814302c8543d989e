/** The keys of Dataview's inline fields and of the labels and headings meeting templates write (inline-fields.ts). */

/** isKeyChar says whether a character may be in a key: letters, digits, spaces, `_`, `-` and any non-ASCII character (Dataview allows emoji and accents). */
export function isKeyChar(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x20 || code === 0x5f || code === 0x2d || code >= 0x80
	);
}

/**
 * headingKey is the key a heading names when it is a label over the list below it, as meeting
 * minutes write their people (`## Attendees`, `### Participants:`, `## 👥 **Attendees**`): its
 * words, without emphasis, a colon or a leading symbol; null for a heading of other text.
 */
export function headingKey(text: string): string | null {
	let key = text.trim().replace(/^[^\p{L}\p{N}*_]+/u, "").replace(/:$/, "");
	for (const emphasis of ["**", "__"]) if (key.length > 4 && key.startsWith(emphasis) && key.endsWith(emphasis)) key = key.slice(2, -2);
	key = key.replace(/:$/, "").trim();
	if (key === "" || key.length > 40) return null;
	for (let i = 0; i < key.length; i++) if (!isKeyChar(key.charCodeAt(i))) return null;
	return key;
}
