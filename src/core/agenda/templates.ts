/**
 * The built-in agenda templates, written from the advice the plugin is built on: know your
 * manager's priorities and where you can help; bring wins, asks and decisions needed; look up
 * the org chart and build relationships before you need them; ask what exactly the next level
 * requires, by when, and with whose support; and end every 1:1 with a written summary of what
 * both sides committed to, with a date to follow up.
 */

/** An agenda template: built in, or a note in the templates folder. */
export interface AgendaTemplate {
	/** `builtin:manager` for a built-in, the note's path for a user template. */
	id: string;
	/** What the picker shows: the built-in's name or the note's title. */
	name: string;
	/** The relationships it fits (lower case); empty fits everyone. */
	relationships: string[];
	/** The template text, without frontmatter. */
	body: string;
	builtIn: boolean;
	/** The user template's other properties, copied into the new note (with and date are the plugin's). */
	properties: Record<string, unknown>;
}

/*
 * The sections every template shares. The plugin fills the first three from the vault: what
 * the last 1:1 left open, the follow-ups due, and what each side owes. Each ends with a newline;
 * a blank line stands between sections.
 */
const OPEN_ITEMS = "### Open items from last time\n{{open-items}}\n";
const FOLLOW_UPS = "### Follow-ups\n{{follow-ups}}\n";
const OPEN_COMMITMENTS = "### Open commitments\n{{commitments}}\n";

/** The last line of Agreed in most templates: the date that becomes the note's follow-up. */
const FOLLOW_UP_ON = "Follow up on (a date; add it as this note's follow-up property):";

/** agreed is the closing section: what to send in writing after the meeting, who does what, and the date to come back to it. */
function agreed(whatToSend: string, lastLine: string): string {
	return `### Agreed
To send in writing after the meeting: ${whatToSend}
- I will:
- {{person}} will:
- ${lastLine}
`;
}

export const MANAGER_TEMPLATE = `## 1:1 with {{person}}, {{date:dddd, MMMM D}}

### Their priorities
What is on {{person}}'s mind, and where can I help?
{{cares-about}}
-

${OPEN_ITEMS}
### My update
- Wins since we last talked:
- In progress, and where {{person}}'s help would add value:

### Asks and decisions needed
- [ ]

${FOLLOW_UPS}
${OPEN_COMMITMENTS}
${agreed("what each of us committed to, and by when.", FOLLOW_UP_ON)}`;

export const SKIP_LEVEL_TEMPLATE = `## Skip-level with {{person}}, {{date:MMMM D, YYYY}}

### What matters to {{person}}
The organisation's priorities right now, and what they would like to see more of.
{{cares-about}}
-

### What I want them to know
- What my team and I delivered, and its impact:
- A problem I see where {{person}} could add value:

### Their view
- How does my work look from where they sit?
- Who else should I get to know, and who could I help?

${OPEN_ITEMS}
${FOLLOW_UPS}
${OPEN_COMMITMENTS}
${agreed("what each of us committed to.", FOLLOW_UP_ON)}`;

export const PEER_TEMPLATE = `## Check-in with {{person}}, {{date:MMMM D, YYYY}}

### Their priorities
What is {{person}} working towards, and what is in their way?
{{cares-about}}
-

### Where we meet
- How my work helps theirs:
- What I need from them:
- Decisions we need from someone else:

${OPEN_ITEMS}
${FOLLOW_UPS}
${OPEN_COMMITMENTS}
${agreed("what each of us committed to.", FOLLOW_UP_ON)}`;

export const CAREER_TEMPLATE = `## Career conversation with {{person}}, {{date:MMMM D, YYYY}}

### Where I want to go
- The next level or role I am aiming for:
- Why now:

### What the next level requires
- [ ] Ask: what exactly must I show to be ready?
- [ ] Ask: by when is that realistic, and at which review is it decided?
- Evidence I already have:
- Gaps to close:

### Whose support I need
- Who has a say in the decision, even without the title?
- What {{person}} can do: sponsor me, give stretch work, make my work visible:
- What {{person}} needs from me in return:

${OPEN_ITEMS}
${OPEN_COMMITMENTS}
${agreed("what each of us committed to, and by when.", 'We revisit on (a real date, not "in six months"; add it as this note\'s follow-up property):')}`;

function builtIn(id: string, name: string, relationships: string[], body: string): AgendaTemplate {
	return Object.freeze({ id: `builtin:${id}`, name, relationships, body, builtIn: true, properties: {} });
}

/** The built-in templates, in the order a picker shows them. */
export const BUILT_IN_TEMPLATES: readonly AgendaTemplate[] = Object.freeze([
	builtIn("manager", "Manager 1:1", ["manager"], MANAGER_TEMPLATE),
	builtIn("skip-level", "Skip-level 1:1", ["skip-level"], SKIP_LEVEL_TEMPLATE),
	builtIn("peer", "Peer and stakeholder check-in", ["peer", "stakeholder", "report", "sponsor", "mentor"], PEER_TEMPLATE),
	builtIn("career", "Career conversation", ["manager", "skip-level", "sponsor", "mentor"], CAREER_TEMPLATE),
]);

/** The built-in template each relationship starts with; any other relationship gets the check-in. */
const DEFAULT_BUILT_IN: Readonly<Record<string, string>> = {
	manager: "builtin:manager",
	"skip-level": "builtin:skip-level",
	sponsor: "builtin:career",
	mentor: "builtin:career",
};

/** defaultBuiltIn is the built-in template a relationship picks. */
export function defaultBuiltIn(relationship: string | null): AgendaTemplate {
	const id = DEFAULT_BUILT_IN[(relationship ?? "").toLowerCase()] ?? "builtin:peer";
	const found = BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? BUILT_IN_TEMPLATES[2];
	if (found === undefined) throw new Error("the built-in templates are missing");
	return found;
}
