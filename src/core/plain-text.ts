import { linkBasename } from "./values";

/**
 * Plain text out of a note's Markdown, for what leaves Obsidian: the written follow-up (pasted
 * into a chat or a mail) and the calendar's events. Links read as their display text, emphasis
 * marks go, and characters that could change how the rest of the text looks are dropped.
 */

/** `[[Target#Heading|Alias]]` and `![[Embed]]`: the alias, else the target's basename, else the heading. */
// eslint-disable-next-line regexp/no-super-linear-move -- plainText cuts a line at PLAIN_TEXT_LIMIT characters first: a run of `[` costs at most that squared.
const WIKILINK = /!?\[\[([^\]|#^]*)(?:[#^]([^\]|]*))?(?:\|([^\]]*))?\]\]/g;
/** `[text](url)` and `![alt](url)` (an address may hold one level of brackets): the text, else the address. */
// eslint-disable-next-line regexp/no-super-linear-move -- as WIKILINK: the line is cut at PLAIN_TEXT_LIMIT characters first.
const MARKDOWN_LINK = /!?\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)/g;
/** `**bold**`, `__bold__`, `==highlight==`, `~~struck~~`, `` `code` ``: the text inside. */
const EMPHASIS = /(\*\*|__|==|~~|`)(\S(?:.*?\S)?)\1/g;
/**
 * C0 and C1 control characters (a pasted escape sequence, a carriage return), and the Unicode
 * bidirectional overrides and isolates, which can make the text after them read in another
 * order than it is written ("Trojan Source"), and the line and paragraph separators. Tabs and
 * new lines are spaces by then.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** linkText is how a wikilink reads in plain text. */
function linkText(target: string, heading: string | undefined, alias: string | undefined): string {
	const shown = alias?.trim();
	if (shown) return shown;
	const base = linkBasename(target.trim());
	if (base !== "") return base;
	return (heading ?? "").trim();
}

/**
 * How much of one line plain text keeps: a calendar event's title or a line of a message is
 * never longer, and the link and emphasis patterns, which look for a closing mark from every
 * opening one, stay quick on a hostile line of a megabyte of `[[`.
 */
export const PLAIN_TEXT_LIMIT = 2000;

/** plainText turns one line of a note into plain text: links as their display text, no emphasis marks, no control characters, spaces collapsed; a line longer than PLAIN_TEXT_LIMIT is cut there, with `…`. */
export function plainText(markdown: string): string {
	let line = markdown;
	if (line.length > PLAIN_TEXT_LIMIT) {
		// Never half of a character written as two code units (an emoji).
		const cut = /[\ud800-\udbff]/.test(line.charAt(PLAIN_TEXT_LIMIT - 1)) ? PLAIN_TEXT_LIMIT - 1 : PLAIN_TEXT_LIMIT;
		line = `${line.slice(0, cut)}…`;
	}
	return line
		.replace(/[\t\r\n\u2028\u2029]+/g, " ")
		.replace(UNSAFE, "")
		.replace(WIKILINK, (_all, target: string, heading: string | undefined, alias: string | undefined) => linkText(target, heading, alias))
		.replace(MARKDOWN_LINK, (_all, text: string, url: string) => (text.trim() === "" ? url : text))
		.replace(EMPHASIS, (_all, _mark: string, inner: string) => inner)
		.replace(/\s+/g, " ")
		.trim();
}
