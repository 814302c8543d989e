/** What a note's bytes may hold, asked before its text is decoded: most notes' texts are never decoded. */

/** mayHoldDataviewField says whether bytes hold `::`: without it, a text has no Dataview field (a label of a line aside). */
export function mayHoldDataviewField(bytes: Uint8Array): boolean {
	for (let i = bytes.indexOf(0x3a); i >= 0; i = bytes.indexOf(0x3a, i + 2)) {
		if (bytes[i + 1] === 0x3a) return true;
	}
	return false;
}

/** The words a heading over a list of conversations holds (conversations.ts), without their first letter's case. */
const CONVERSATION_WORDS = ["onversation", "nteraction", "ne-on-one", "1-1s", "atch-up", "atchup", "hats", "alls", "alked to"];

/** mayLogConversations says whether bytes hold a word of a heading over a list of conversations: without one, a dated note's text logs none. */
export function mayLogConversations(bytes: Uint8Array): boolean {
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return CONVERSATION_WORDS.some((word) => text.includes(word));
}
