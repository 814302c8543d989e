/**
 * Which side a heading of a 1:1 note gives its tasks to: `I will`, `Me`, `My commitments`,
 * `My action items`, `Action items (me)` are mine; `<Name> will`, `They will`, `Their
 * commitments`, `<Name>'s commitments` are theirs; `Agreed`, `Agreed actions`, `Decisions &
 * agreements` are both sides'. Case-insensitive, any heading level, a trailing colon is fine.
 */

/** What a heading says about the tasks under it. */
export type HeadingSide = { side: "me" } | { side: "them"; name: string | null } | { side: "both" };

const LIST_WORDS = "(?:commitments|action items|actions|tasks|to-?dos|next steps|follow-ups)";
const ME = new RegExp(`^(?:i will|i'll|i’ll|me|mine|my ${LIST_WORDS}|${LIST_WORDS} \\((?:me|mine)\\)|${LIST_WORDS} for me)$`);
const THEY = new RegExp(`^(?:they will|they'll|they’ll|them|theirs|their ${LIST_WORDS}|${LIST_WORDS} \\((?:them|theirs)\\))$`);
const BOTH = /^(?:agreed|agreed (?:actions|action items|next steps)|agreements|we agreed|decisions (?:&|and) agreements|agreements (?:&|and) decisions)$/;
const NAME_WILL = /^(.+?) will$/i;
const NAMES_LIST = new RegExp(`^(.+?)(?:'s|’s|') ${LIST_WORDS}$`, "i");
const NAME_LIST = new RegExp(`^${LIST_WORDS} \\((?:for )?(.+)\\)$`, "i");

/** normaliseHeading is a heading's text in lower case, spaces collapsed, without emphasis or a trailing colon. */
function normaliseHeading(text: string): string {
	return text
		.replace(/[*_`]/g, "")
		.replace(/\s+/g, " ")
		.trim()
		// Spaces are single and trimmed by now: at most one stands before the colon.
		.replace(/ ?:$/, "")
		.toLowerCase();
}

/** headingSide says whose tasks sit under a heading; null when it is no commitment heading. */
export function headingSide(heading: string): HeadingSide | null {
	const text = normaliseHeading(heading);
	if (text === "") return null;
	if (ME.test(text)) return { side: "me" };
	if (THEY.test(text)) return { side: "them", name: null };
	if (BOTH.test(text)) return { side: "both" };
	const written = heading.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().replace(/ ?:$/, "");
	for (const pattern of [NAME_WILL, NAMES_LIST, NAME_LIST]) {
		const match = pattern.exec(written);
		if (match === null) continue;
		const name = (match[1] ?? "").trim();
		// "We will" is both of us; "What I will" and longer sentences are not a name.
		if (/^(?:we|i|you|me)$/i.test(name)) return name.toLowerCase() === "we" ? { side: "both" } : { side: "me" };
		if (name === "" || name.split(" ").length > 4) return null;
		// The name as written: a link (`[[Jane Doe]] will`) is resolved as a link.
		return { side: "them", name };
	}
	return null;
}
