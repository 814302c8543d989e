import { foldName } from "./values";

/**
 * Conversations logged in a dated note that is no meeting (a daily note), under a heading of
 * their own, as work vaults log them (jmartinspt/worknotes-vault's daily log):
 *
 *     ## 🗣️ Conversations
 *     - **09:00** – [[Sarah Johnson - Tech Lead]]: sprint planning, the OAuth dependency.
 *     - **15:00** – [[Mike Chen]]: 1:1 about career goals.
 *
 * Each item's first link is someone talked to that day: a contact, never a 1:1 whose open items
 * or tasks are theirs (MeetingRef.logged).
 */

/** How such a note found its people: explain's key. */
export const BY_CONVERSATIONS = "a list of conversations";

/** The headings of a list of conversations, folded, without their emphasis, emoji or colon. */
const CONVERSATION_HEADINGS = new Set([
	"conversations",
	"conversation",
	"interactions",
	"interaction",
	"1:1s",
	"1-1s",
	"one-on-ones",
	"catch-ups",
	"catchups",
	"chats",
	"calls",
	"people i talked to",
	"who i talked to",
	"talked to",
]);

/** isConversationHeading says whether a heading's text (`🗣️ Conversations`, `**Interactions:**`) is one over a list of conversations. */
export function isConversationHeading(heading: string): boolean {
	let text = foldName(heading.trim()).replace(/^[^\p{L}\p{N}]+/u, "");
	while (text.endsWith(":") || text.endsWith("*") || text.endsWith("_")) text = text.slice(0, -1);
	while (text.startsWith("*") || text.startsWith("_")) text = text.slice(1);
	return CONVERSATION_HEADINGS.has(text.trim());
}

/** conversationLinks are the first link of each item of the text's list of conversations (its label fields: key, items, label). */
export function conversationLinks(fields: readonly (readonly [string, string | string[], true?])[]): string[] {
	const links: string[] = [];
	for (const [key, value, label] of fields) {
		if (label !== true || !Array.isArray(value) || !isConversationHeading(key)) continue;
		for (const item of value) {
			const open = item.indexOf("[[");
			const close = open < 0 ? -1 : item.indexOf("]]", open + 2);
			if (close > open + 2) links.push(item.slice(open, close + 2));
		}
	}
	return links;
}
