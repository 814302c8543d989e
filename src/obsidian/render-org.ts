import type { OrgSection } from "../core/viewmodel";
import { FOCUS_KEY, onOpen, runAction, section, toneClass } from "./dom";
import type { DashboardHandlers, RenderState } from "./render-types";

/**
 * The dashboard's Org section: your chain as a compact indented tree (one line per person, the
 * name cut short with an ellipsis and said in full in its tooltip and accessible name), each
 * with their status chip, a click opening their note; then a sentence for each flag. Without
 * `me` it says how to set it.
 */

function renderUnknown(body: HTMLElement, org: OrgSection, handlers: DashboardHandlers): void {
	const teach = body.createDiv({ cls: "managing-up-org-unknown" });
	teach.createEl("p", { text: "Say which person note is yours to see your chain: your manager, skip-level, peers and reports, from everyone's reports-to." });
	const suggestion = org.suggestion;
	if (suggestion !== null) {
		const button = teach.createEl("button", {
			cls: "mod-cta managing-up-org-set-me",
			text: `I am ${suggestion}`,
			attr: { type: "button", "aria-label": `I am ${suggestion}: use this name as you, never a stakeholder`, [FOCUS_KEY]: "org:set-me" },
		});
		button.addEventListener("click", () => runAction([button], () => handlers.setMe(suggestion)));
		return;
	}
	const chooseMe = handlers.chooseMe;
	if (chooseMe === undefined) {
		teach.createEl("p", { cls: "managing-up-muted", text: "In this plugin's settings, set me to your note's path or your name." });
		return;
	}
	const button = teach.createEl("button", {
		cls: "mod-cta managing-up-org-set-me",
		text: "Choose your note",
		attr: { type: "button", [FOCUS_KEY]: "org:choose-me" },
	});
	button.addEventListener("click", () => runAction([button], chooseMe));
}

/** renderOrg draws the dashboard's Org section. */
export function renderOrg(parent: Node, org: OrgSection, handlers: DashboardHandlers, state: RenderState): void {
	const body = section(parent, "org", "Org", org.flags.length > 0 ? org.flags.length : null, handlers, state, org.flags.length > 0 ? "warning" : null);
	if (!org.known) {
		renderUnknown(body, org, handlers);
		return;
	}
	const tree = body.createEl("ul", { cls: "managing-up-org-tree", attr: { "aria-label": "Your chain" } });
	for (const row of org.rows) {
		const li = tree.createEl("li", { cls: ["managing-up-org-row", `managing-up-org-depth-${row.depth}`] });
		if (row.you) li.addClass("is-you");
		if (row.dotted) li.addClass("is-dotted");
		const button = li.createEl("button", {
			cls: "managing-up-org-person",
			attr: { type: "button", title: row.title, "aria-label": row.title, [FOCUS_KEY]: `org:${row.roleText}:${row.path}` },
		});
		button.createSpan({ cls: "managing-up-org-name", text: row.name });
		button.createSpan({ cls: "managing-up-org-role", text: row.roleText });
		if (row.chip !== null) button.createSpan({ cls: ["managing-up-chip", toneClass(row.chip.tone)], text: row.chip.label });
		onOpen(button, handlers, row.path);
	}
	for (const text of org.moreText) body.createDiv({ cls: "managing-up-note managing-up-muted", text });
	if (org.flags.length === 0) return;
	const flags = body.createEl("ul", { cls: "managing-up-org-flags" });
	for (const flag of org.flags) {
		const li = flags.createEl("li", { cls: ["managing-up-org-flag", `managing-up-org-flag-${flag.id}`] });
		li.createSpan({ cls: "managing-up-org-flag-text", text: flag.text });
		const people = li.createSpan({ cls: "managing-up-org-flag-people" });
		for (const person of flag.people) {
			const button = people.createEl("button", {
				cls: "managing-up-link",
				text: person.name,
				attr: { type: "button", title: `Open ${person.name}`, [FOCUS_KEY]: `org-flag:${flag.id}:${person.path}` },
			});
			onOpen(button, handlers, person.path);
		}
		if (flag.more > 0) people.createSpan({ cls: "managing-up-muted", text: `and ${flag.more} more` });
	}
}
