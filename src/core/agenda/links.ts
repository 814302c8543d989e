import { titleOf } from "../read";

/** Links an agenda writes to notes: wikilinks where Obsidian can resolve one, markdown links to the path where it cannot. */

/**
 * canLinkTo says whether text can be the target of a wikilink: Obsidian reads `]]` as its end,
 * `|` as the start of its alias, `#` and `^` as a heading or block, and `[[` as another link,
 * so a note whose name holds any of them (made outside Obsidian, which refuses such names) has
 * no `[[…]]` link that finds it. A lone `[` or `]` is refused too, as the core's link reader does.
 */
export function canLinkTo(text: string): boolean {
	return !/[[\]|#^]/.test(text);
}

/**
 * markdownLink links to a note by its vault path, percent-encoded as Obsidian writes markdown
 * links itself (`%20`, `%23` for `#`): it finds any note, whatever its name holds.
 */
export function markdownLink(path: string, text: string): string {
	const url = path.split("/").map(encodeURIComponent).join("/");
	return `[${text.replace(/[[\]\\]/g, "\\$&")}](${url})`;
}

/**
 * wikilink writes a link to a note in a note's text, with the caller's link text or the note's
 * title; a note that no wikilink can find (see canLinkTo) gets a markdown link to its path.
 */
export function wikilink(path: string, linkText?: (path: string) => string): string {
	const text = linkText ? linkText(path) : titleOf(path);
	return canLinkTo(text) ? `[[${text}]]` : markdownLink(path, titleOf(path));
}

/**
 * personReference is what `with` says to name a person note: a wikilink, or, for a note no
 * wikilink can find, the link text as plain text. Obsidian reads links in properties only in
 * the `[[…]]` form, and the plugin and the CLI find a person by a plain name or path as they
 * resolve a link, so the 1:1 note still counts for that person.
 */
export function personReference(path: string, linkText?: (path: string) => string): { text: string; isLink: boolean } {
	const text = linkText ? linkText(path) : titleOf(path);
	return canLinkTo(text) ? { text: `[[${text}]]`, isLink: true } : { text, isLink: false };
}
